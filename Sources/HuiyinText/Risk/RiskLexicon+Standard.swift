extension RiskLexicon {
    /// A starting lexicon; each county adjusts it. Words of danger to life are high; words that are as
    /// often a figure of speech or a report of harm suffered (走投无路、殴打、报复、炸药 of a quarry) are low,
    /// so they are shown but do not put a petition before the collective ones (``RiskAssessment/tier``).
    public static let standard = RiskLexicon(terms: [
        // 自伤自杀
        RiskTerm("自杀", .selfHarm), RiskTerm("轻生", .selfHarm), RiskTerm("不想活", .selfHarm),
        RiskTerm("活不下去", .selfHarm), RiskTerm("一死了之", .selfHarm), RiskTerm("跳楼", .selfHarm),
        RiskTerm("跳河", .selfHarm), RiskTerm("喝农药", .selfHarm), RiskTerm("服毒", .selfHarm),
        RiskTerm("自焚", .selfHarm), RiskTerm("上吊", .selfHarm), RiskTerm("割腕", .selfHarm),
        RiskTerm("以死相逼", .selfHarm), RiskTerm("死给你们看", .selfHarm), RiskTerm("想不开", .selfHarm),
        RiskTerm("自残", .selfHarm), RiskTerm("寻死", .selfHarm), RiskTerm("寻短见", .selfHarm),
        RiskTerm("结束自己的生命", .selfHarm), RiskTerm("走投无路", .selfHarm, .low),
        // 暴力
        RiskTerm("同归于尽", .violence), RiskTerm("杀了他", .violence), RiskTerm("杀了你", .violence),
        RiskTerm("杀人", .violence), RiskTerm("砍人", .violence), RiskTerm("砍死", .violence), RiskTerm("捅死", .violence),
        RiskTerm("报复社会", .violence), RiskTerm("报复", .violence, .low), RiskTerm("炸药", .violence, .low),
        RiskTerm("炸掉", .violence), RiskTerm("炸毁", .violence), RiskTerm("引爆", .violence),
        RiskTerm("放火", .violence), RiskTerm("纵火", .violence), RiskTerm("浇汽油", .violence), RiskTerm("泼汽油", .violence),
        RiskTerm("血债血偿", .violence), RiskTerm("弄死", .violence), RiskTerm("搞死", .violence), RiskTerm("打死", .violence),
        RiskTerm("持刀", .violence), RiskTerm("殴打", .violence, .low),
        // 扬言威胁
        RiskTerm("后果自负", .threat, .low), RiskTerm("走着瞧", .threat, .low), RiskTerm("把事情闹大", .threat, .low),
        RiskTerm("不惜一切代价", .threat, .low), RiskTerm("极端行为", .threat),
        // 聚集
        RiskTerm("集体上访", .massGathering), RiskTerm("聚集", .massGathering), RiskTerm("围堵", .massGathering),
        RiskTerm("堵路", .massGathering), RiskTerm("拉横幅", .massGathering), RiskTerm("静坐", .massGathering),
        RiskTerm("游行", .massGathering), RiskTerm("示威", .massGathering), RiskTerm("群情激愤", .massGathering),
        RiskTerm("一起去", .massGathering, .low),
        // 赴省进京
        RiskTerm("进京", .levelSkipping), RiskTerm("去北京", .levelSkipping), RiskTerm("到北京", .levelSkipping),
        RiskTerm("上北京", .levelSkipping), RiskTerm("赴省", .levelSkipping), RiskTerm("去省里", .levelSkipping),
        RiskTerm("到省里", .levelSkipping), RiskTerm("省里上访", .levelSkipping),
    ], exclusions: [
        // Ordinary words that hold a term: retaliation suffered (打击报复), 申报复核, 减轻生产/生活,
        // 年轻生命, and the sayings 一哭二闹三上吊, 一棍子打死, 打死老虎, 打死也不.
        "打击报复", "申报复", "减轻生", "年轻生", "一哭二闹三上吊", "一棍子打死", "一棒子打死", "打死老虎", "打死也不",
    ])
}
