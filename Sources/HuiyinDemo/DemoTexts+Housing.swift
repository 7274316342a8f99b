/// 城乡建设: relocation housing, expropriation, property management, housing quality, certificates,
/// illegal building, contractors, water supply, street infrastructure.
extension DemoTexts {
    static let housingTemplates: [DemoTemplate] = [
        DemoTemplate("housing.resettlement.delay") { d in
            let households = d.int(30...86)
            d.peopleCount = households
            let project = d.pick([d.township.hasSuffix("街道") ? "老城区改造" : "\(d.township)集镇改造", "滨河路拓宽", "工业园区扩区", "县城北出口道路"])
            let years = d.int(2...4)
            let rent = d.amount(400...900, step: 50)
            return d.text(
                title: d.pick(["\(project)项目安置房逾期\(years)年未交付", "反映\(households)户拆迁户安置房迟迟不能回迁", "请求解决\(project)安置房交房问题"]),
                content: """
                我们是\(d.place)因\(project)项目拆迁的\(households)户群众。\
                当年签协议时，\(d.townGovernment)承诺安置房两年内建成交房，过渡期间每户每月发放临时安置费\(rent)元。\
                现在已经超过约定期限\(years)年了，安置小区还是半拉子工程，工地时停时开。\
                临时安置费从\(d.recently())起也没有按时发，很多老人在外面租房，一年搬了好几次家。\
                我们几十户群众多次到\(d.townGovernment)反映，每次都说在协调资金，没有一个准确的交房时间。
                """,
                demands: "请明确安置房交付时间并按期交房，补发拖欠的临时安置费，逾期期间增加过渡补助。",
                purpose: .solve, category: ("城乡建设", "集体土地上房屋拆迁与补偿", "回迁房"),
                facts: """
                经查，\(project)项目安置房因建设资金未及时到位、施工单位变更，工期延误\(years)年，临时安置费存在拖欠。\
                \(d.townGovernment)已筹措资金补发全部临时安置费，县住建局督促新施工单位制定倒排工期计划，承诺年底前交房并按月向群众代表通报进度。
                """,
                basis: "《中华人民共和国土地管理法》第四十八条，《中华人民共和国民法典》第五百零九条，县人民政府有关征收安置补偿办法",
                department: housing
            )
        },
        DemoTemplate("housing.expropriation.valuation", .urban) { d in
            let area = d.int(68...142)
            let offered = d.amount(2_600...3_400, step: 50)
            let market = offered + d.amount(900...1_600, step: 50)
            return d.text(
                title: d.pick(["对房屋征收评估价格有异议", "反映棚改征收补偿标准偏低", "申请对征收评估结果复核"]),
                content: """
                我家住在\(d.place)老街，房屋建筑面积\(area)平方米，有合法产权证，被列入今年的棚户区改造征收范围。\
                评估公司给出的评估单价是每平方米\(offered)元，而周边同类二手房实际成交价每平方米在\(market)元左右，差距很大。\
                评估时评估人员只在门口看了几分钟，没有进屋查看装修和附属房，也没有向我们解释评估依据。\
                按这个价格补偿，我们在县城根本买不到同样大小的房子。我们支持县城改造，但补偿应当公平合理。
                """,
                demands: "请求对评估结果进行复核，按同区位类似房地产市场价格给予公平补偿。",
                purpose: .appeal, category: ("城乡建设", "国有土地上房屋征收与补偿", "安置补偿"),
                facts: """
                经核查，信访人房屋评估时未对室内装修和附属用房进行现场查勘，评估报告依据不充分。\
                房屋征收部门已委托原评估机构重新入户查勘并出具复核结果，评估单价调整为每平方米\(offered + 420)元，\
                并告知信访人对复核结果仍有异议的，可向评估专家委员会申请鉴定。
                """,
                basis: "《国有土地上房屋征收与补偿条例》第十七条、第十九条，《国有土地上房屋征收评估办法》",
                department: housing
            )
        },
        DemoTemplate("housing.property.service", .urban) { d in
            let firm = d.company(.property)
            let fee = ["1.2", "1.5", "1.8"][d.int(0...2)]
            let problem = d.pick([
                "电梯三天两头坏，上个月还困过人",
                "垃圾常常两三天没人清运，楼道里臭气熏天",
                "小区门禁坏了半年没人修，外来人员随便进出",
                "地下车库积水，下雨天车都开不进去",
            ])
            return d.text(
                title: d.pick(["\(d.estate)物业服务差还要涨价", "反映\(d.estate)小区物业管理混乱", "\(firm.short)服务不到位要求整改"]),
                content: """
                我是\(d.place)\(d.estate)小区的业主。小区物业由\(firm.full)负责，每平方米每月收\(fee)元物业费，\
                但服务质量越来越差：\(problem)，业主打物业电话经常没人接。\
                \(d.recently())物业又贴出通知要上调物业费，没有开业主大会，也没有公布收支情况。\
                不少业主因此不愿交费，物业就威胁要停水停电。\
                我们希望主管部门督促物业改进服务，也帮助小区尽快成立业主委员会。
                """,
                demands: "请督促物业公司整改服务问题、公开收支，未经业主同意不得涨价，并指导成立业主委员会。",
                purpose: .solve, category: ("城乡建设", "城市建设和市政管理", "小区管理"),
                facts: """
                经现场检查，\(d.estate)小区确存在设施维修不及时、保洁不到位等问题，物业公司调价未履行业主共同决定程序。\
                县住建局已约谈\(firm.short)并责令限期整改，调价通知已撤回；\(d.township)正在指导小区筹备召开首次业主大会。
                """,
                basis: "《物业管理条例》第十条，《中华人民共和国民法典》第二百七十八条、第九百四十二条",
                department: housing
            )
        },
        DemoTemplate("housing.property.common-income", .urban) { d in
            let firm = d.company(.property)
            let owners = d.int(40...120)
            d.peopleCount = owners
            return d.text(
                title: d.pick(["物业公司占用小区公共收益不公开", "\(d.estate)公共收益去向不明", "要求公开\(d.estate)公共收益账目"]),
                content: """
                我们是\(d.place)\(d.estate)小区的\(owners)户业主。\
                小区电梯间广告、地面停车位出租和快递柜场地费，这些都是利用业主共有部分产生的收益，\
                但\(firm.full)接管小区\(d.int(4...9))年来从没公布过一笔账。\
                业主们去问，物业说“这些钱都用于小区维护了”，却拿不出任何明细。\
                与此同时，小区外墙脱落、消防设施老化，物业都说没钱修，要动用维修资金。\
                我们联名写信，希望有关部门帮我们把账算清楚。
                """,
                demands: "请督促物业公司公开历年公共收益收支明细，将公共收益归还全体业主并用于小区维修。",
                purpose: .solve, category: ("城乡建设", "住房保障与房地产", "物业服务"),
                facts: """
                经调查，\(firm.full)管理\(d.estate)期间收取广告费、停车费等公共收益，未按规定单独列账、定期公示。\
                县住建局已责令其委托第三方审计并将审计结果在小区公示，审计确认的结余资金转入小区专项维修资金账户。
                """,
                basis: "《中华人民共和国民法典》第二百八十二条、第九百四十三条",
                department: housing
            )
        },
        DemoTemplate("housing.quality.leak", .urban) { d in
            let firm = d.company(.realEstate)
            let households = d.int(20...60)
            d.peopleCount = households
            return d.text(
                title: d.pick(["新房漏水开裂开发商不维修", "\(d.estate)商品房质量问题请求处理", "反映\(firm.short)交付房屋多处渗漏"]),
                content: """
                我们是\(d.estate)\(d.int(3...12))号楼的业主，房子是\(firm.full)开发的，\(d.pastMonth())才交房。\
                住进来不到一年，已经有\(households)户出现\(d.pick(["卫生间和阳台渗水", "外墙裂缝、下雨天墙面渗水", "顶楼屋面漏水、墙皮大面积脱落"]))的问题，有的家里刚装修好的木地板都泡坏了。\
                大家多次找开发商，对方只派人简单打了胶，过几天又漏。\
                现在开发商说保修要等施工单位来，施工单位说找开发商，互相推诿。还在保修期内，应当负责到底。
                """,
                demands: "请督促开发商和施工单位彻底维修渗漏问题，赔偿业主装修损失，并对房屋质量进行检测。",
                purpose: .solve, category: ("城乡建设", "住房保障与房地产", "房地产开发管理"),
                facts: """
                经县建设工程质量安全监督站现场查勘，该楼栋部分住户卫生间、外墙存在渗漏，属于保修范围内的质量缺陷。\
                县住建局已约谈\(firm.short)及施工单位，责令制定维修方案，由专业防水单位统一维修，维修完成后进行闭水试验并由业主代表验收。
                """,
                basis: "《建设工程质量管理条例》第四十条、第四十一条，《房屋建筑工程质量保修办法》",
                department: housing
            )
        },
        DemoTemplate("housing.certificate.delay", .urban) { d in
            let firm = d.company(.realEstate)
            let households = d.int(80...260)
            d.peopleCount = households
            let years = d.int(3...7)
            return d.text(
                title: d.pick(["\(d.estate)交房\(years)年办不了不动产权证", "反映\(households)户业主无法办理房产证", "请求解决\(d.estate)办证难问题"]),
                content: """
                我们是\(d.place)\(d.estate)小区的业主，全小区\(households)户，购房款早已全部付清，交房已经\(years)年了，\
                到现在还办不了不动产权证。开发商\(firm.full)一直说在走手续，后来才听说是项目没有竣工验收、土地出让金没有缴清。\
                没有房产证，孩子上学、办抵押贷款都受影响，有的业主想卖房也卖不了。\
                我们找过开发商十几次，现在连售楼部都关门了。
                """,
                demands: "请有关部门督促开发商补办手续，尽快为业主办理不动产权证，明确办证时间表。",
                purpose: .solve, category: ("城乡建设", "住房保障与房地产", "房产证登记、办理"),
                facts: """
                经查，\(d.estate)项目因开发商欠缴土地出让金、未完成竣工验收备案，导致业主无法办理不动产登记。\
                县政府已召开专题会议，采取“证缴分离”办法，由县自然资源局先行为已付清房款的业主分批办理不动产权证，欠缴款项依法向开发商追缴。
                """,
                basis: "《不动产登记暂行条例》，《自然资源部关于加快解决不动产登记若干历史遗留问题的通知》（自然资发〔2021〕1号）",
                department: naturalResources
            )
        },
        DemoTemplate("housing.illegal-building") { d in
            let neighbour = d.someone()
            let floors = d.int(1...2)
            return d.text(
                title: d.pick(["邻居违章加盖挡住采光", "反映邻居私自加层影响通风采光", "请求查处\(d.village)违法建筑"]),
                content: """
                我家住在\(d.place)\(d.isRural ? d.group() : d.estate)，与\(neighbour)家相邻。\
                从\(d.recently())起，\(neighbour)在原有房屋上私自加盖了\(floors)层，没有办理任何规划手续。\
                加盖后，我家一楼和二楼常年照不到太阳，屋里潮湿发霉，老人冬天只能在屋里烤火。\
                而且新加的楼层离我家窗户很近，雨水直接排到我家院子里。\
                我和对方协商过，也找过\(d.committee)调解，对方都不理睬，施工一直没停。邻里多年，我也不想把关系闹僵，只希望依规处理。
                """,
                demands: "请依法查处违法加建部分，责令恢复原状，保障我家的通风采光。",
                purpose: .solve, category: ("城乡建设", "城乡规划", "违章建筑"),
                facts: """
                经现场核查，\(neighbour)未取得规划许可在原房屋上加建\(floors)层，建筑面积约\(floors * d.int(60...110))平方米，\
                对信访人住房采光造成影响。执法部门已下达《责令限期改正通知书》，责令其停止施工、限期自行拆除违法加建部分，逾期不拆除的依法强制拆除。
                """,
                basis: "《中华人民共和国城乡规划法》第四十条、第六十四条、第六十五条，《中华人民共和国民法典》第二百九十三条",
                department: housing
            )
        },
        DemoTemplate("housing.contractor.payment") { d in
            let project = d.pick(["村组道路硬化", "集镇排水管网", "村级活动中心", "河堤护坡"])
            let owed = d.amount(260_000...1_200_000, step: 1000)
            return d.text(
                title: d.pick(["\(project)工程款被拖欠\(d.int(2...4))年", "反映\(d.township)拖欠\(project)工程款", "请求支付已验收工程的工程款"]),
                content: """
                我是一家小型建筑施工企业的负责人，\(d.pastMonth())通过公开招标承接了\(d.place)\(project)工程。\
                工程按合同完工，并于同年通过验收，审计结算金额确认后，还欠我\(DemoDraw.yuan(owed))工程款没付。\
                这几年我多次找\(d.townGovernment)，都说财政紧张、分期支付，但一直没有兑现。\
                为了这个工程我借了不少钱，材料商和工人天天上门催款，压力非常大。\
                希望政府带头讲诚信，按合同把钱付了。
                """,
                demands: "请督促\(d.townGovernment)按合同和审计结果支付拖欠的\(DemoDraw.yuan(owed))工程款。",
                purpose: .solve, category: ("城乡建设", "建筑市场", "拖欠工程款"),
                facts: """
                经核实，\(project)工程经审计确认，\(d.townGovernment)尚欠工程款\(DemoDraw.yuan(owed))。\
                经县政府协调，\(d.townGovernment)与信访人签订还款协议，本年度支付百分之六十，余款于次年6月底前付清，并纳入县清理拖欠企业账款台账跟踪督办。
                """,
                basis: "《保障中小企业款项支付条例》第八条，《中华人民共和国民法典》第五百零九条",
                department: housing
            )
        },
        DemoTemplate("housing.water.supply") { d in
            let days = d.int(3...9)
            return d.text(
                title: d.pick(["\(d.village)经常停水且水质浑浊", "反映\(d.place)自来水供应不正常", "请求解决停水频繁问题"]),
                content: """
                我们\(d.place)一带的自来水这段时间很不正常，从\(d.recently())起，平均每周要停水\(d.int(2...4))次，\
                最长一次连续停了\(days)天，事先没有任何通知。\
                来水的时候水是黄色的，烧开后壶底一层沉淀，大家都不敢直接喝，只能买桶装水。\
                家里有老人小孩，做饭洗澡都成了难题，用水很不方便。我们打过供水公司电话，只说是管网在维修，什么时候修好也说不清楚。
                """,
                demands: "请督促供水单位查明原因、尽快恢复正常供水，停水提前通知，并对水质进行检测公布。",
                purpose: .solve, category: ("城乡建设", "城市建设和市政管理", "自来水供应"),
                facts: """
                经查，\(d.township)片区供水主管道老化，近期多次爆管抢修，抢修后管道冲洗不彻底导致水质浑浊。\
                县水利局已督促供水单位更换老化管道，完成管网冲洗并委托检测机构取样检测，检测结果符合生活饮用水卫生标准，已在\(d.village)公示。
                """,
                basis: "《城市供水条例》，《生活饮用水卫生标准》（GB 5749-2022）",
                department: water
            )
        },
        DemoTemplate("housing.streetlight") { d in
            let count = d.int(6...30)
            let road = d.isRural ? "村里通往集镇的主路" : "\(d.estate)门前的道路"
            return d.text(
                title: d.pick(["建议修复\(d.village)损坏的路灯", "\(d.village)路灯不亮存在安全隐患", "关于改善\(d.village)夜间照明的建议"]),
                content: """
                我是\(d.place)\(d.resident)。\(road)两边的路灯有\(count)盏已经坏了很久，晚上一片漆黑。\
                这条路每天早晚有很多学生和上下班的人经过，\(d.recently())还有一位老人晚上摔进了路边的排水沟。\
                路边的排水沟也没有盖板，雨天积水看不清楚，很危险。\
                我们向\(d.committee)反映过，说路灯归县里管，要报上去。建议有关部门尽快维修，顺便给排水沟加盖板。
                """,
                demands: "建议尽快修复\(count)盏损坏路灯，为路边排水沟加装盖板，消除夜间出行安全隐患。",
                purpose: .suggest, category: ("城乡建设", "城市建设和市政管理", "基础设施"),
                facts: """
                经现场查看，该路段路灯因线路老化损坏\(count)盏，排水沟部分路段未加盖板。\
                县住建局已安排市政维护单位更换线路和灯具，现已全部恢复照明，并为学生上下学经过的路段加装排水沟盖板约\(d.int(80...300))米。
                """,
                basis: "《城市道路管理条例》，县城市照明设施管理有关规定",
                department: housing
            )
        },
    ]
}
