/// Places, units, people and companies of the fictional county.
extension DemoTexts {
    /// Townships (镇/乡) and streets (街道) with their villages (村) and communities (社区).
    public static let townships: [(name: String, villages: [String])] = [
        ("城东街道", ["东门社区", "文昌社区", "新华社区", "滨河社区"]),
        ("城西街道", ["西关社区", "翠屏社区", "桂花社区"]),
        ("青溪镇", ["青溪社区", "上坪村", "杨家湾村", "河口村"]),
        ("柳塘镇", ["新塘村", "柳塘村", "荷花村", "白沙村"]),
        ("石桥乡", ["石桥村", "双井村", "高坎村"]),
        ("龙泉镇", ["龙泉社区", "金鸡村", "团结村", "马鞍村"]),
        ("白鹤乡", ["白鹤村", "松林村", "竹园村"]),
        ("桃源镇", ["桃源社区", "李家坝村", "三合村", "观音岩村"]),
        ("马坪乡", ["马坪村", "大湾村", "凉水村"]),
        ("清河镇", ["清河社区", "永兴村", "红星村", "枫树村"]),
    ]

    // County departments, named once so that templates cannot misspell them.
    static let hrss = "县人力资源和社会保障局"
    static let housing = "县住房和城乡建设局"
    static let naturalResources = "县自然资源局"
    static let ecology = "县生态环境局"
    static let education = "县教育局"
    static let health = "县卫生健康局"
    static let transport = "县交通运输局"
    static let market = "县市场监督管理局"
    static let police = "县公安局"
    static let civilAffairs = "县民政局"
    static let agriculture = "县农业农村局"
    static let medicalInsurance = "县医疗保障局"
    static let justice = "县司法局"
    static let water = "县水利局"
    static let veterans = "县退役军人事务局"
    static let discipline = "县纪委监委"

    /// The county departments that handle demo petitions (`suggestedDepartment` is always one of these).
    public static let departments: [String] = [
        hrss, housing, naturalResources, ecology, education, health, transport, market,
        police, civilAffairs, agriculture, medicalInsurance, justice, water, veterans, discipline,
    ]

    // MARK: - People

    static let surnames = [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭",
        "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
        "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任",
        "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "付",
        "方", "邹", "熊", "秦", "邱", "江", "尹", "薛", "段", "雷", "侯", "龙", "陶", "黎", "贺", "顾",
        "毛", "龚", "邵", "万", "覃", "向", "汤", "颜", "牟", "冉",
    ]
    static let compoundSurnames = ["欧阳", "上官", "司徒", "皇甫", "东方", "公孙"]
    static let singleGivenNames = [
        "芳", "敏", "军", "勇", "燕", "霞", "平", "斌", "波", "辉", "莉", "琴", "梅", "兵", "鹏", "琳",
        "蓉", "俊", "英", "利",
    ]
    static let doubleGivenNames = [
        "建华", "秀英", "桂兰", "志强", "海燕", "春梅", "德明", "玉华", "红霞", "永红", "丽娟", "文斌",
        "晓燕", "家豪", "子涵", "雨欣", "梓轩", "浩然", "思雨", "欣怡", "明辉", "振华", "淑芬", "凤英",
        "金花", "翠兰", "德福", "长林", "兴旺", "春生", "秋菊", "冬梅", "卫东", "学文", "爱民", "晓峰",
        "红梅", "小琴", "丽萍", "桂芳", "成林", "世忠", "永福", "继红", "新民", "泽宇", "一鸣", "诗琪",
        "佳怡", "宇航", "子墨", "晨曦", "文静", "玉兰", "素珍", "秀兰", "友良", "福生", "银花", "启明",
        "绍华", "正清", "家兴", "光荣", "远山", "庆丰", "顺才", "美玲", "雪梅", "国平",
    ]
    /// Combinations that would name a well-known public figure; redrawn.
    static let wellKnownNames: Set<String> = [
        "李鹏", "朱军", "胡军", "江平", "张敏", "王勇", "陈琳", "黄俊", "王振华", "欧阳振华",
    ]

    // MARK: - Places in town

    static let estates = [
        "锦绣花园", "翠湖名苑", "阳光新城", "滨江华府", "文昌佳苑", "丽景湾", "金桂苑", "盛世家园",
        "书香名邸", "溪畔雅居", "御景华庭", "和谐家园",
    ]
    static let townStreets = ["新街", "老街", "正街", "河街", "建设路", "人民路", "东风路", "解放路"]
    static let publicWorkplaces = [
        "青溪县人民医院", "青溪县第一中学", "青溪县实验小学", "青溪县农村商业银行", "青溪县供电公司",
        "青溪县自来水公司", "青溪县公交公司",
    ]

    // MARK: - Companies

    /// Kinds of company a template can name.
    enum CompanyTrade: CaseIterable, Sendable {
        case construction, materials, garment, food, electronics, wood, property, realEstate,
             agriculture, chemical, logistics, trading

        var fullName: String {
            switch self {
            case .construction: "建筑工程"
            case .materials: "建材"
            case .garment: "服装"
            case .food: "食品"
            case .electronics: "电子科技"
            case .wood: "木业"
            case .property: "物业服务"
            case .realEstate: "房地产开发"
            case .agriculture: "农业开发"
            case .chemical: "化工"
            case .logistics: "物流"
            case .trading: "商贸"
            }
        }

        var shortName: String {
            switch self {
            case .construction: "建筑"
            case .electronics: "电子"
            case .property: "物业"
            case .realEstate: "房地产"
            case .agriculture: "农业"
            default: fullName
            }
        }
    }

    static let companyBrands = [
        "鑫源", "宏达", "恒顺", "金盛", "永安", "华鑫", "东润", "瑞丰", "长兴", "顺达", "佳和", "明远",
        "兴隆", "天成", "嘉禾", "润泽", "广源", "德信", "新锐", "盛通",
    ]

    /// A company name: the registered one (`青溪县鑫源建筑工程有限公司`) and how people call it (`鑫源建筑公司`).
    static func companyName<R: RandomNumberGenerator>(
        _ trade: CompanyTrade, using rng: inout R
    ) -> (full: String, short: String) {
        let brand = pick(companyBrands, &rng)
        return ("青溪县\(brand)\(trade.fullName)有限公司", "\(brand)\(trade.shortName)公司")
    }
}
