/// 交通运输, 商贸旅游, 经济管理: buses, village roads, taxis, product quality, prepaid cards,
/// elevators, illegal fund-raising, gas cylinder storage.
extension DemoTexts {
    static let marketTemplates: [DemoTemplate] = [
        DemoTemplate("transport.bus", .rural) { d in
            return d.text(
                title: d.pick(["建议恢复\(d.village)到县城的客运班车", "\(d.village)群众出行难建议增开公交", "关于调整\(d.township)城乡公交线路的建议"]),
                content: """
                我是\(d.place)村民。以前每天有两班客车从村里开到县城，\(d.recently())客车停运了，说是乘客太少不赚钱。\
                现在村里老人去县城看病、学生周末返校，只能走\(d.int(3...8))公里山路到集镇上坐车，或者花几十元坐私人面包车，\
                既不安全又不方便。村里常住人口还有几百人，出行需求是实实在在的。\
                建议交通部门把我们村纳入城乡公交线路，哪怕每天早晚各一班也好。
                """,
                demands: "建议恢复或新开\(d.village)至县城的公交线路，至少每天早晚各一班。",
                purpose: .suggest, category: ("交通运输", "客货运输", "旅客运输"),
                facts: """
                经县交通运输局调查，原客运班线因客源不足、经营亏损停运。\
                为解决群众出行问题，已将\(d.village)纳入城乡公交延伸线路，采取每日早晚各一班的“预约+定班”方式运行，票价按城乡公交标准执行。
                """,
                basis: "《中华人民共和国道路运输条例》，《关于稳步推进城乡交通运输一体化提升公共服务水平的指导意见》（交运发〔2016〕184号）",
                department: transport
            )
        },
        DemoTemplate("transport.road.damage", .rural) { d in
            let km = d.int(2...9)
            return d.text(
                title: d.pick(["\(d.village)村道被重车压坏无人修", "反映超载车辆压坏村组公路", "请求修复\(d.village)损毁道路"]),
                content: """
                我们\(d.place)的村道是几年前硬化的，全长\(km)公里左右。\(d.recently())附近工地和砂石场的重型卡车天天从村道上过，\
                很多车明显超载，现在路面已经压得坑坑洼洼，有好几段水泥板断裂下陷，下雨天全是泥水坑。\
                村民骑摩托车、电动车已经摔倒过好几次，孩子上学也很不安全。\
                我们拦过车，司机说他们也没办法。希望有关部门管一管重车，尽快把路修好。
                """,
                demands: "请限制超载重车通行村道，督促相关企业承担修复责任，尽快修复损毁路面。",
                purpose: .solve, category: ("交通运输", "建设管理", "设施维护"),
                facts: """
                经县交通运输局现场勘查，\(d.village)村道有约\(km * 300)米路面因重载车辆碾压损坏。\
                已在路口设置限高限重设施，联合交警开展超限超载治理；相关企业承担了部分修复费用，损毁路段已纳入农村公路养护计划并完成修复。
                """,
                basis: "《公路安全保护条例》，《农村公路养护管理办法》",
                department: transport
            )
        },
        DemoTemplate("transport.taxi", .urban) { d in
            return d.text(
                title: d.pick(["县城出租车不打表乱要价", "反映出租车拒载和议价问题", "建议规范县城出租车经营秩序"]),
                content: """
                我是\(d.place)居民。县城的出租车基本都不打表，上车就谈价格，同样的路程白天十元、晚上二十元，\
                下雨天和节假日更是随意要价。去火车站、汽车站的时候，司机还经常拒载短途，或者中途拼客。\
                \(d.recently())我晚上带孩子去医院，连续拦了三辆车都说不去，最后只好多给钱。\
                希望主管部门加强监管，让出租车按表计费，公布投诉电话。
                """,
                demands: "请督促出租车按规定打表计价，查处拒载、议价和拼客行为，公开投诉渠道。",
                purpose: .solve, category: ("交通运输", "出租车管理", "运价监管"),
                facts: """
                县交通运输局开展了出租车经营秩序专项整治，查处不按规定使用计价器、拒载等违规行为\(d.int(10...30))起，\
                约谈出租车公司负责人，要求全部车辆按规定使用计价器，并在车内张贴监督电话；对信访人反映的车辆已依法处罚。
                """,
                basis: "《巡游出租汽车经营服务管理规定》，《中华人民共和国价格法》第十三条",
                department: transport
            )
        },
        DemoTemplate("market.product-quality") { d in
            let item = d.pick(["电动自行车", "冰箱", "燃气热水器", "空调"])
            let price = d.amount(1_800...5_200, step: 100)
            return d.text(
                title: d.pick(["新买的\(item)质量有问题商家拒绝退换", "反映商家不履行三包义务", "请求处理\(item)质量纠纷"]),
                content: """
                我\(d.recently())在\(d.township)一家电器店花\(price)元买了一台\(item)，用了不到一个月就出现故障，\
                \(d.pick(["反复断电无法正常使用", "发出异响并有焦糊味", "维修两次后还是同样的问题"]))。\
                我找商家要求退货，商家说只能修不能退；修了两次还是不行，商家又说是我使用不当。\
                我保留了购物发票、三包凭证和两次维修单。这么贵的东西用了不到一个月就坏，商家这种态度让消费者很寒心，希望市场监管部门帮忙处理。
                """,
                demands: "请督促商家按照三包规定为我退货或更换新品，并对商家的经营行为进行检查。",
                purpose: .solve, category: ("商贸旅游", "市场监管", "商品质量"),
                facts: """
                县市场监督管理局受理后组织了调解，经检测该\(item)存在质量故障，且在三包期内经两次修理仍不能正常使用。\
                商家已同意为信访人办理退货，退还货款\(price)元；执法人员同时对该店销售的同批次产品进行了抽检。
                """,
                basis: "《中华人民共和国消费者权益保护法》第二十四条，《中华人民共和国产品质量法》第四十条",
                department: market
            )
        },
        DemoTemplate("market.prepaid-card", .urban) { d in
            let members = d.int(40...150)
            d.peopleCount = members
            let venue = d.pick(["健身房", "美容院", "游泳馆", "儿童乐园"])
            return d.text(
                title: d.pick(["\(venue)闭店卷款会员无法退费", "反映\(members)名会员预付卡无法使用", "请求帮助\(venue)会员退还预付款"]),
                content: """
                我们是\(d.place)一家\(venue)的会员，共有\(members)人左右。这家店去年搞活动，推销年卡和储值卡，\
                大家每人充了两三千元到一万多元不等。\(d.recently())店门突然关了，门上贴了“装修升级”的通知，\
                可一直没有重新开业，老板也联系不上。我们在群里统计，未消费的余额加起来有几十万元。\
                会员里有不少是退休老人，这些钱是他们省吃俭用攒下的。希望政府部门介入，帮我们追回预付款。
                """,
                demands: "请依法调查该店经营者，督促其退还会员未消费的预付款，必要时移送公安机关。",
                purpose: .solve, category: ("商贸旅游", "市场监管", "其他"),
                facts: """
                县市场监督管理局会同公安部门调查，该\(venue)经营者因经营困难停业，尚有会员预付卡余额约\(d.int(20...60))万元。\
                经约谈，经营者已承诺分期退还，首批退款已发放；县市场监管局已将该店列入经营异常名录，并提示会员保留证据依法主张权利。
                """,
                basis: "《中华人民共和国消费者权益保护法》第五十三条，《中华人民共和国民法典》第五百七十七条",
                department: market
            )
        },
        DemoTemplate("market.elevator", .urban) { d in
            let building = d.int(1...12)
            return d.text(
                title: d.pick(["\(d.estate)电梯频繁故障多次困人", "反映小区电梯维保不到位", "请求检查\(d.estate)\(building)号楼电梯安全"]),
                content: """
                我住在\(d.place)\(d.estate)\(building)号楼，楼里的电梯用了十来年，从\(d.recently())起几乎每周都要坏一次，\
                有一次电梯突然下坠了一段，里面的老人和孩子吓得不轻，被困了四十多分钟才救出来。\
                物业说已经通知维保公司，可维保人员来了只是重启一下就走了。\
                我们楼里住了很多老人，电梯坏了上下楼非常困难，有的老人一个星期都下不了楼，大家都担心出大事。
                """,
                demands: "请对电梯进行安全检验，督促维保单位和物业彻底整改，必要时启动电梯更新改造。",
                purpose: .solve, category: ("商贸旅游", "质监检验检疫", "特种设备管理"),
                facts: """
                县市场监督管理局对该电梯进行了现场检查，发现制动器磨损、维保记录不真实等问题，已责令停用整改，对维保单位立案查处。\
                经整改并由检验机构检验合格后恢复使用；电梯更新改造事宜已指导业主按规定申请使用专项维修资金。
                """,
                basis: "《中华人民共和国特种设备安全法》，《电梯维护保养规则》（TSG T5002）",
                department: market
            )
        },
        DemoTemplate("economy.illegal-fundraising") { d in
            let investors = d.int(50...200)
            d.peopleCount = investors
            let rate = d.int(12...24)
            let firm = d.company(.agriculture, .trading)
            return d.text(
                title: d.pick(["\(firm.short)高息揽储后无法兑付", "反映\(firm.short)涉嫌非法集资", "请求帮助追回被骗的投资款"]),
                content: """
                我们是\(firm.full)的投资群众，主要是\(d.township)一带的农民和退休职工，共\(investors)人左右。\
                这家公司前几年以“入股分红”“借款”的名义，承诺年收益\(rate)%，还组织大家参观养殖基地、吃饭送礼品，\
                很多人把养老钱、看病钱都投了进去。\(d.recently())公司开始拖欠利息，后来连本金也不还了，负责人电话关机。\
                大家非常着急，希望政府尽快查清公司资产，帮助我们追回投资款。
                """,
                demands: "请依法调查\(firm.short)涉嫌非法集资问题，查封公司资产，尽最大努力追回群众投资款。",
                purpose: .solve, category: ("经济管理", "金融财税", "集资融资"),
                facts: """
                经县处置非法集资工作领导小组办公室和县公安局调查，\(firm.full)未经批准以承诺高额回报方式向社会公众吸收资金，涉嫌非法吸收公众存款罪。\
                县公安局已立案侦查，依法查封、冻结涉案资产，并开通集资参与人登记渠道，追赃挽损工作正在进行。
                """,
                basis: "《防范和处置非法集资条例》，《中华人民共和国刑法》第一百七十六条",
                department: police
            )
        },
        DemoTemplate("economy.gas-cylinders") { d in
            let cylinders = d.int(30...120)
            return d.text(
                title: d.pick(["居民楼下违规存放大量液化气钢瓶", "反映\(d.village)液化气供应点存在安全隐患", "请求取缔无证液化气储存点"]),
                content: """
                我们\(d.place)\(d.isRural ? "村口" : d.estate)有一家门店，\(d.recently())开始在店里和后院堆放液化气钢瓶，\
                我们数过，最多的时候有\(cylinders)个，还经常有人在这里倒灌液化气，气味很重。\
                门店楼上就住着好几户人家，周边还有饭店和学校。\
                听说这个点没有燃气经营许可，我们非常担心万一泄漏起火，后果不堪设想。我们跟店主提过，他说“一直这样没出过事”。希望有关部门尽快检查处理。
                """,
                demands: "请依法检查该液化气储存点，取缔无证经营和违规充装行为，消除安全隐患。",
                purpose: .solve, category: ("城乡建设", "安全生产", "安全隐患"),
                facts: """
                县住建局会同消防救援、市场监管部门检查，该门店未取得燃气经营许可证，违规储存液化气钢瓶\(cylinders)个并存在倒灌行为。\
                已依法取缔，钢瓶由有资质的燃气企业回收，经营者被处以罚款，并在全县开展瓶装燃气安全排查。
                """,
                basis: "《城镇燃气管理条例》，《中华人民共和国安全生产法》",
                department: housing
            )
        },
    ]
}
