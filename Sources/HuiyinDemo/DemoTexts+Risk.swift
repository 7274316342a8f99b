/// Texts with words that registration must flag (RULES §4, emergencies): despair, going to the
/// province or to Beijing, gathering many people. They are rarer than the others, and their decisions
/// show the care a handling unit adds — temporary assistance, a named contact person — beside the
/// answer itself.
extension DemoTexts {
    static let riskTemplates: [DemoTemplate] = [
        DemoTemplate("risk.wage.despair", weight: 1) { d in
            let firm = d.company(.construction)
            let owed = d.amount(28_000...76_000, step: 100)
            let relative = d.pick(["母亲", "父亲", "爱人"])
            return d.text(
                title: d.pick(["干了一年活拿不到工资请求帮助", "被拖欠\(DemoDraw.yuan(owed))工资家里走投无路", "恳请帮助讨回被拖欠的血汗钱"]),
                content: """
                我是\(d.place)\(d.resident)，去年一整年都在\(firm.full)的工地上做木工，说好年底结清，\
                结果到现在还欠我\(DemoDraw.yuan(owed))。我找了老板不下二十次，每次都说下个月给。\
                我\(relative)\(d.recently())查出重病住院，医院催着交费，孩子的学费也还没着落，亲戚朋友能借的都借遍了。\
                我一个大男人，现在连家里人都养不起，有时候真觉得不想活了。\
                求求政府帮帮我，把这笔血汗钱要回来。
                """,
                demands: "请尽快督促\(firm.short)支付拖欠我的\(DemoDraw.yuan(owed))工资，帮助我家渡过难关。",
                purpose: .solve, category: ("劳动和社会保障", "劳动关系", "农民工权益"),
                facts: """
                经县劳动保障监察大队调查，\(firm.full)拖欠信访人工资\(DemoDraw.yuan(owed))属实，已责令其限期支付，公司于5日内全额支付。\
                针对信访人家庭困难，\(d.townGovernment)已为其申请临时救助，安排专人保持联系，并协助其亲属申请医疗救助。
                """,
                basis: "《保障农民工工资支付条例》第三条、第十二条，《社会救助暂行办法》第四十七条",
                department: hrss
            )
        },
        DemoTemplate("risk.resettlement.province", weight: 1) { d in
            let households = d.int(30...80)
            d.peopleCount = households
            let years = d.int(3...6)
            return d.text(
                title: d.pick(["\(households)户拆迁群众补偿款\(years)年未兑现", "再次反映拆迁安置补偿长期不落实", "拆迁安置补偿问题多次反映未解决"]),
                content: """
                我们是\(d.place)因项目建设拆迁的\(households)户群众，这是我们第\(d.int(3...6))次反映同一个问题。\
                \(years)年前签订拆迁协议时，政府承诺的安置补偿款和宅基地安置，到现在还有一大半没有兑现。\
                每次来反映，都说正在研究、马上解决，可一等就是几年。\
                很多老人已经等不起了，有的在等待中去世。我们几十户村民商量过了，\
                如果再不解决，我们只能去省里上访，讨一个说法。
                """,
                demands: "请县里主要领导重视，明确兑现补偿款和安置宅基地的时间表，落实到每一户。",
                purpose: .solve, category: ("城乡建设", "集体土地上房屋拆迁与补偿", "安置补偿"),
                facts: """
                经查，该项目拆迁补偿款因项目业主资金链断裂尚欠\(households)户部分补偿，安置宅基地因规划调整未落实。\
                县政府已将该案列为县领导包案的积案，由县财政统筹资金分三批兑付，安置地块已完成调规，群众代表参与全过程监督。
                """,
                basis: "《中华人民共和国土地管理法》第四十八条，《信访工作条例》，县人民政府有关征收安置补偿办法",
                department: naturalResources
            )
        },
        DemoTemplate("risk.requisition.gathering", .rural, weight: 1) { d in
            let households = d.int(20...60)
            d.peopleCount = households
            let mu = d.int(60...300)
            let first = d.int(1...4)
            let second = first + d.int(1...5)
            return d.text(
                title: d.pick(["\(d.village)土地未批先占群众强烈不满", "反映\(d.village)耕地被占用却没有任何补偿", "请求制止未经批准占用\(d.village)耕地"]),
                content: """
                我们是\(d.place)的村民。\(d.recently())有一家企业开着挖掘机进村，把我们\(first)组、\(second)组约\(mu)亩耕地推平建厂房，\
                没有公告、没有签协议，也没有说怎么补偿，地里的庄稼和果树全毁了。\
                我们找村里，说是\(d.townWord)里招商引资的项目；找\(d.townWord)里，说手续正在办。\
                地是我们的命根子，现在\(households)户村民群情激愤，\
                有人说要一起去市里、去北京讨说法，我们在尽力劝大家先按正规渠道反映，希望政府尽快给个答复。
                """,
                demands: "请立即核查用地手续，制止未批先占行为，依法依规给予补偿并恢复被毁耕地。",
                purpose: .solve, category: ("国土资源", "土地征收", "土地占地"),
                facts: """
                经县自然资源局调查，该企业在未取得建设用地批准的情况下占用\(d.village)耕地约\(mu)亩，属于违法占地。\
                已下达责令停止违法行为通知书并立案查处，\(d.townGovernment)已向村民赔偿青苗和果树损失，被毁耕地限期复垦，县领导已接待群众代表并通报处理结果。
                """,
                basis: "《中华人民共和国土地管理法》第四十四条、第七十七条，《中华人民共和国土地管理法实施条例》",
                department: naturalResources
            )
        },
    ]
}
