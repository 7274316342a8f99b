/// 国土资源 and 农村农业: land requisition, land rights, subsidies, land transfer, homesteads,
/// irrigation, animal epidemic culling, farm inputs, river sand.
extension DemoTexts {
    static let ruralTemplates: [DemoTemplate] = [
        DemoTemplate("land.requisition.compensation", .rural) { d in
            let households = d.int(25...70)
            d.peopleCount = households
            let group = d.group()
            let mu = d.int(40...180)
            let perMu = d.amount(38_000...56_000, step: 500)
            let received = perMu - d.amount(8_000...16_000, step: 500)
            return d.text(
                title: d.pick(["\(d.village)\(group)征地补偿款未足额发放", "反映\(d.village)征地补偿标准执行不到位", "请求核查\(group)征地补偿款发放情况"]),
                content: """
                我们是\(d.place)\(group)的\(households)户村民。\(d.pastMonth())，我组约\(mu)亩耕地被征收用于\(d.pick(["工业园区建设", "县道改扩建", "高速公路连接线"]))。\
                按照公告，土地补偿和安置补助每亩合计\(perMu)元，但实际发到村民手里的每亩只有\(received)元左右，\
                问村里差额去了哪里，说是“留作集体发展资金”，但从来没有开过村民会议讨论，也没有公示明细。\
                青苗和地上附着物的补偿也有几户一直没有兑现。我们没有地种了，就指望这点补偿过日子。
                """,
                demands: "请核查征地补偿款的拨付和发放情况，公开分配方案，足额兑现应发给村民的补偿款。",
                purpose: .solve, category: ("国土资源", "土地征收", "安置补偿"),
                facts: """
                经县自然资源局会同\(d.townGovernment)核查，征地补偿款已按批准标准足额拨付至村集体账户；\
                村集体留存部分未经村民会议讨论决定，程序不符合规定。现已责令该村召开村民会议重新确定分配方案，并张榜公示，欠发的青苗补偿已兑付。
                """,
                basis: "《中华人民共和国土地管理法》第四十七条、第四十八条，《中华人民共和国村民委员会组织法》第二十四条",
                department: naturalResources
            )
        },
        DemoTemplate("land.landless.pension", .rural) { d in
            let age = d.int(52...66)
            return d.text(
                title: d.pick(["咨询被征地农民养老保险政策", "被征地后能否参加养老保险", "咨询失地农民社会保障如何办理"]),
                content: """
                我是\(d.place)\(d.group())村民，今年\(age)岁。\(d.pastMonth())我家承包的\(d.int(2...6))亩地全部被征收了，补偿款已经领到。\
                听说被征地农民可以纳入养老保险，政府还有补贴，但村里说名单要等\(d.townWord)里统一报，我们家好像没有被列进去。\
                我想咨询：被征地农民养老保险有哪些条件，缴费标准是多少，政府补贴多少，\
                像我这种已经五十多岁的，能不能一次性补缴，需要到哪里办？
                """,
                demands: "请告知被征地农民养老保障政策、参保条件和办理流程，核实我家是否在名单内。",
                purpose: .enquire, category: ("国土资源", "土地征收", "失地农民保障"),
                facts: """
                经核实，信访人所在组被征收土地后，被征地农民社会保障对象名单已由\(d.townGovernment)审核上报，信访人一户\(d.int(2...4))人均在名单内。\
                县人社局已向信访人书面说明参保缴费标准、政府补贴办法和办理地点，信访人表示理解。
                """,
                basis: "《中华人民共和国土地管理法》第四十八条，《中华人民共和国社会保险法》第九十六条",
                department: naturalResources
            )
        },
        DemoTemplate("land.boundary.dispute", .rural) { d in
            let own = d.int(1...4)
            let other = "\(own + d.int(1...5))组"
            let mu = d.int(3...15)
            return d.text(
                title: d.pick(["与邻组土地权属纠纷请求处理", "反映\(d.village)两个村民小组争议土地问题", "请求确认争议山林土地权属"]),
                content: """
                我们是\(d.place)\(own)组的村民。我组和\(other)之间有一块约\(mu)亩的\(d.pick(["坡地", "河滩地", "荒山"]))，\
                从集体化时期起就由我组耕种，二轮承包时也分给了我组农户。\
                \(d.recently())\(other)有人说这块地是他们的，把我们种的树苗拔了，还搭了棚子。\
                两边为这事吵了好几次，差点动手。\(d.committee)调解过两次没有结果，双方都拿着各自的老证据。\
                我们不想把矛盾闹大，希望政府依法给个结论。
                """,
                demands: "请依法调查处理争议土地的权属，在作出结论前制止对方继续占用。",
                purpose: .solve, category: ("国土资源", "土地资源管理", "土地权属纠纷"),
                facts: """
                经\(d.townGovernment)调查，争议地块在第二轮土地承包合同和林地登记中均登记在信访人所在组名下，\
                对方提供的材料不足以证明其权属。\(d.township)已召集双方调解，对方同意拆除临时棚子；如对处理结果不服，可依法申请行政复议或提起诉讼。
                """,
                basis: "《中华人民共和国土地管理法》第十四条，《土地权属争议调查处理办法》",
                department: naturalResources
            )
        },
        DemoTemplate("rural.subsidy.farmland", .rural) { d in
            let mu = d.int(3...12)
            let years = d.int(2...3)
            return d.text(
                title: d.pick(["耕地地力保护补贴连续\(years)年没有领到", "反映惠农补贴发放遗漏", "请求补发耕地地力保护补贴"]),
                content: """
                我是\(d.place)\(d.group())村民，家里承包了\(mu)亩地，一直自己种水稻和油菜，没有撂荒。\
                以前每年都能领到耕地地力保护补贴，打在“一卡通”上，但最近\(years)年一分钱都没有收到。\
                我去信用社查卡，说没有这笔钱入账；问村里，说可能是面积核实时漏掉了；问\(d.townWord)里，又让我等统一处理。\
                钱虽然不多，但这是国家给种粮农民的政策，不应该被漏掉。
                """,
                demands: "请核实我家\(mu)亩承包地的补贴面积，补发近\(years)年的耕地地力保护补贴。",
                purpose: .solve, category: ("农村农业", "惠农补贴", "粮食直补"),
                facts: """
                经核查，信访人家庭承包地在补贴面积核实时因户主信息变更未同步录入，导致近\(years)年补贴未发放。\
                县农业农村局已会同\(d.townGovernment)更正补贴面积信息，通过“一卡通”补发\(years)年补贴，并对\(d.township)补贴名册进行了比对排查。
                """,
                basis: "《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》（财农〔2016〕26号）",
                department: agriculture
            )
        },
        DemoTemplate("rural.land.rent", .rural) { d in
            let firm = d.company(.agriculture)
            let households = d.int(30...90)
            d.peopleCount = households
            let mu = d.int(200...900)
            let rent = d.amount(400...800, step: 50)
            return d.text(
                title: d.pick(["\(firm.short)拖欠\(households)户土地流转费", "反映流转土地租金两年未付", "请求帮助追讨土地流转租金"]),
                content: """
                我们是\(d.place)的\(households)户村民。\(d.pastMonth())，在村里组织下，我们把\(mu)亩承包地流转给\(firm.full)种\(d.pick(["猕猴桃", "中药材", "茶叶", "蔬菜"]))，\
                合同约定每亩每年租金\(rent)元，每年年底付清。头一年还按时付了，后来公司说经营亏损，租金就一直拖着，\
                到现在已经欠了两年。现在地里的作物也没人管了，荒草长得比人高，我们想收回来自己种，公司又不同意。\
                很多老人就靠这点租金过日子，大家心里都很着急。
                """,
                demands: "请督促公司支付拖欠的土地流转租金；如公司无力经营，依法解除合同，把土地还给村民。",
                purpose: .solve, category: ("农村农业", "土地承包经营", "土地流转"),
                facts: """
                经查，\(firm.full)流转\(d.village)土地\(mu)亩，因经营不善拖欠两年租金。\
                经\(d.townGovernment)和县农业农村局组织调解，公司以收获的作物和设施折价并筹资支付了大部分租金，\
                双方同意解除流转合同，土地由村集体统一返还农户，剩余租金约定三个月内付清。
                """,
                basis: "《中华人民共和国农村土地承包法》第三十六条、第五十五条，《农村土地经营权流转管理办法》",
                department: agriculture
            )
        },
        DemoTemplate("rural.homestead.dispute", .rural) { d in
            let neighbour = d.someone()
            let metres = d.int(2...5)
            return d.text(
                title: d.pick(["邻居建房占用我家宅基地", "反映宅基地界址被占用纠纷", "请求处理\(d.village)宅基地纠纷"]),
                content: """
                我家在\(d.place)\(d.group())，宅基地是\(d.int(1985...2005))年经批准使用的，有宅基地使用证，四至写得很清楚。\
                \(d.recently())邻居\(neighbour)拆旧房建新房，地基往我家这边多占了\(metres)米多，还把我家的排水沟填了。\
                我拿出证件跟他说，他说老证不算数。我找\(d.committee)调解，村干部来看过，也说他占了，但他就是不停工。\
                现在新房主体都快起来了，再不处理就成了既成事实，以后更难解决。
                """,
                demands: "请依法调查处理，制止对方越界建房，恢复我家宅基地界址和排水沟。",
                purpose: .solve, category: ("农村农业", "土地承包经营", "宅基地纠纷"),
                facts: """
                经\(d.townGovernment)组织国土所、村委会现场测量，\(neighbour)新建房屋地基超出批准范围约\(metres)米，占用信访人宅基地。\
                经调解，对方同意调整墙体位置并恢复排水沟，双方签订调解协议，由村委会监督履行。
                """,
                basis: "《中华人民共和国土地管理法》第六十二条，《中华人民共和国民法典》第二百八十八条、第三百六十二条",
                department: naturalResources
            )
        },
        DemoTemplate("rural.irrigation", .rural) { d in
            let mu = d.int(150...600)
            return d.text(
                title: d.pick(["建议维修\(d.village)损毁的灌溉水渠", "\(d.village)灌溉渠道垮塌影响春耕", "关于修复\(d.village)农田水利设施的建议"]),
                content: """
                我是\(d.place)村民。村里那条从\(d.pick(["水库", "山塘", "河坝"]))引水的灌溉渠，去年汛期有好几处垮塌，\
                到现在也没有修，下游约\(mu)亩稻田都靠这条渠放水。\
                眼看就要春耕育秧了，水过不来，大家只能用抽水机一家一家抽，成本高还抢水，邻里之间为放水吵了好几回。\
                我们建议有关部门尽快安排资金修复水渠，最好把渠道硬化，免得每年都要修。村民们也愿意投工投劳，配合施工。
                """,
                demands: "建议在春耕前修复垮塌水渠，并将渠道纳入农田水利项目进行硬化改造。",
                purpose: .suggest, category: ("农村农业", "水利水电", "工程建设管理"),
                facts: """
                经现场查勘，该灌溉渠受去年汛期影响有\(d.int(3...7))处垮塌，影响下游约\(mu)亩农田灌溉。\
                县水利局已安排水毁修复资金先行抢修，春耕前恢复通水；渠道硬化已列入明年高标准农田建设项目计划。
                """,
                basis: "《农田水利条例》，《中华人民共和国水法》第二十五条",
                department: water
            )
        },
        DemoTemplate("rural.culling.compensation", .rural) { d in
            let pigs = d.int(30...260)
            return d.text(
                title: d.pick(["生猪强制扑杀补助迟迟未到位", "反映扑杀补偿款未发放", "请求兑现动物疫病扑杀补助"]),
                content: """
                我是\(d.place)的生猪养殖户。\(d.recently())附近发生动物疫情，按照防控要求，我家\(pigs)头生猪全部被强制扑杀，\
                当时工作人员清点了数量，让我签了字，说补助很快就会发下来。\
                可到现在已经好几个月，补助款一直没有到账。我为了养猪贷了款，猪没了，饲料钱还欠着，\
                银行又在催还贷款。我们积极配合防疫，也希望政府把承诺的补助兑现。
                """,
                demands: "请查明扑杀补助未发放原因，尽快按标准兑付\(pigs)头生猪的强制扑杀补助。",
                purpose: .solve, category: ("农村农业", "动物防疫", "扑杀补偿"),
                facts: """
                经核实，信访人被扑杀生猪\(pigs)头，数量已经镇、县两级核对确认；补助资金因上级资金下达批次原因延迟拨付。\
                县农业农村局已从县级资金中先行垫付，按标准将扑杀补助发放至信访人“一卡通”账户。
                """,
                basis: "《中华人民共和国动物防疫法》，《非洲猪瘟疫情应急实施方案》",
                department: agriculture
            )
        },
        DemoTemplate("rural.seed.quality", .rural) { d in
            let mu = d.int(5...40)
            let loss = d.amount(6_000...60_000, step: 100)
            let shop = d.pick(["集镇上一家农资店", "集镇农资经营部", "一个上门推销的经销商"])
            return d.text(
                title: d.pick(["买到劣质种子导致减产", "反映农资店销售不合格稻种", "请求鉴定种子质量并赔偿损失"]),
                content: """
                我是\(d.place)的种植户。今年春天在\(shop)买了水稻种子，种了\(mu)亩。\
                出苗后就发现长势不齐，抽穗时大面积不结实，周边买同一批种子的农户也是一样，别人家用别的种子的田都正常。\
                我估算损失在\(DemoDraw.yuan(loss))以上。找店主，他说是天气原因，不肯承认种子有问题。\
                我保留了种子包装袋和购买收据，田里的稻株也还在，希望有关部门尽快组织鉴定。
                """,
                demands: "请组织对种子质量和田间减产原因进行鉴定，依法查处并督促经销商赔偿损失。",
                purpose: .solve, category: ("农村农业", "农资农技", "农资价格质量"),
                facts: """
                县农业农村局组织专家进行了田间现场鉴定，认定减产主要原因为种子纯度不达标。\
                执法部门已对经销商立案调查，依法扣押同批次剩余种子；经调解，经销商同意赔偿信访人损失\(DemoDraw.yuan(loss / 10 * 8))。
                """,
                basis: "《中华人民共和国种子法》，《农作物种子质量纠纷田间现场鉴定办法》",
                department: agriculture
            )
        },
        DemoTemplate("rural.river.sand", .rural) { d in
            return d.text(
                title: d.pick(["\(d.village)河段有人夜间非法采砂", "反映非法采砂破坏河堤", "请求查处\(d.village)河道非法采砂"]),
                content: """
                我们\(d.place)旁边的河段，\(d.recently())开始经常有人晚上开挖掘机和运砂车来挖河砂，一挖就是一整夜。\
                现在河床被挖出好几个深坑，靠村子这一侧的河堤已经开始垮塌，离下面的农田和房屋只有几十米。\
                重车天天从村道上过，路也压坏了，晚上噪音吵得老人小孩睡不着。\
                村民担心汛期一来河堤出事，也怕孩子去河边玩水掉进深坑。希望有关部门尽快来查。
                """,
                demands: "请依法查处非法采砂行为，修复受损河堤，加强河道巡查防止反弹。",
                purpose: .solve, category: ("国土资源", "矿产资源管理", "矿产开采"),
                facts: """
                经县水利局联合公安、自然资源部门夜间蹲守，查获在该河段无证采砂的挖掘机\(d.int(1...3))台、运砂车\(d.int(2...5))辆，\
                已依法立案处罚并没收违法所得。受损河堤已列入水毁修复计划，河长办已将该河段纳入重点巡查范围。
                """,
                basis: "《中华人民共和国水法》第三十九条，《中华人民共和国河道管理条例》，《中华人民共和国矿产资源法》",
                department: water
            )
        },
    ]
}
