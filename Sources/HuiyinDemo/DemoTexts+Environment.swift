/// 环境保护: noise, water and air pollution, livestock farms, projects built without an environmental
/// impact assessment, restaurant fumes.
extension DemoTexts {
    static let environmentTemplates: [DemoTemplate] = [
        DemoTemplate("environment.noise.construction", .urban) { d in
            let firm = d.company(.construction, .realEstate)
            let hour = d.int(1...3)
            return d.text(
                title: d.pick(["工地夜间施工噪音扰民", "反映\(d.estate)旁工地深夜施工", "请求制止建筑工地夜间违规施工"]),
                content: """
                我是\(d.place)\(d.estate)小区的居民。小区旁边\(firm.full)的工地最近一个多月几乎每天晚上都在施工，\
                打桩机、混凝土泵车的声音一直响到凌晨\(hour)点多，渣土车进出还不停按喇叭。\
                小区里有很多老人和正在备考的学生，大家晚上根本睡不好觉，白天上班上学都没精神。\
                我们打过投诉电话，工地停一两天又照样干。我们理解城市建设，但希望夜间能按规定停工。
                """,
                demands: "请依法查处工地夜间违规施工行为，确需夜间施工的应办理手续并提前公告。",
                purpose: .solve, category: ("环境保护", "环境污染", "噪音污染"),
                facts: """
                经夜间现场监测，该工地22时后仍在进行产生噪声的施工作业，且未取得夜间施工证明，边界噪声超过排放标准。\
                县生态环境局已对施工单位立案处罚，责令停止夜间施工，并要求其在工地门口公示投诉电话，此后复查未再发现夜间施工。
                """,
                basis: "《中华人民共和国噪声污染防治法》第四十三条，《建筑施工场界环境噪声排放标准》（GB 12523-2011）",
                department: ecology
            )
        },
        DemoTemplate("environment.noise.shop") { d in
            let shop = d.pick(["烧烤店", "KTV", "棋牌室", "夜宵大排档"])
            return d.text(
                title: d.pick(["楼下\(shop)噪音扰民到深夜", "反映\(shop)长期深夜噪音", "请求治理\(d.village)\(shop)噪音问题"]),
                content: """
                我家住在\(d.place)\(d.isRural ? "村口街边" : d.estate)，楼下\(d.recently())新开了一家\(shop)，\
                每天营业到凌晨两三点，音响开得很大，客人喝酒划拳、大声喧哗，有时还在门口吵架。\
                我家老人有高血压，孩子读初三，现在全家晚上都睡不好。\
                我们去跟老板沟通过几次，老板态度还可以，但过不了几天又是老样子。\
                打过110，民警来了会安静一会儿，走了又照旧。我们不是要让人家关门，只希望晚上能安安静静睡个觉。
                """,
                demands: "请有关部门督促\(shop)采取隔音降噪措施，夜间十点后控制音量，保障居民正常休息。",
                purpose: .solve, category: ("环境保护", "环境污染", "噪音污染"),
                facts: """
                经夜间现场检查和监测，该\(shop)营业期间音响设备未采取隔音措施，社会生活噪声超过排放标准。\
                执法人员已责令经营者限期整改，经营者已加装隔音门窗、晚十点后停用室外音响，\(d.committee)将定期回访。
                """,
                basis: "《中华人民共和国噪声污染防治法》，《社会生活环境噪声排放标准》（GB 22337-2008）",
                department: ecology
            )
        },
        DemoTemplate("environment.water.pollution", .rural) { d in
            let firm = d.company(.chemical, .food)
            let households = d.int(30...80)
            d.peopleCount = households
            return d.text(
                title: d.pick(["\(firm.short)偷排污水致河里死鱼", "反映企业向\(d.village)小河排放污水", "请求查处污水直排污染水源"]),
                content: """
                我们是\(d.place)的\(households)户村民。村旁小河上游的\(firm.full)，经常在夜里和下雨天往河里排放污水，\
                河水发黑发臭，水面上漂着白沫。\(d.recently())河里的鱼大面积死亡，下游养鱼户损失很大。\
                很多村民家的水井离河不远，现在井水也有怪味，大家不敢再喝，只能去集镇上拉水。\
                村里几十户人联名反映过，企业说有环保手续、达标排放，但我们亲眼看到排污口晚上在冒黑水。
                """,
                demands: "请对企业排污情况进行突击检查和水质检测，依法查处偷排行为，赔偿养鱼户损失，保障村民饮水安全。",
                purpose: .solve, category: ("环境保护", "环境污染", "水污染"),
                facts: """
                县生态环境局夜间突击检查发现，\(firm.short)通过雨水管道排放未经处理的生产废水，外排口化学需氧量、氨氮超标。\
                已依法立案处罚并责令停产整治，移送公安机关调查；对受影响水井进行了检测，并协调送水，赔偿问题已组织调解。
                """,
                basis: "《中华人民共和国水污染防治法》第十条、第三十九条、第八十三条",
                department: ecology
            )
        },
        DemoTemplate("environment.air.plant") { d in
            let plant = d.pick(["沥青搅拌站", "砖厂", "混凝土搅拌站", "石料加工厂"])
            let households = d.int(20...60)
            d.peopleCount = households
            let distance = d.int(80...400)
            return d.text(
                title: d.pick(["\(d.village)附近\(plant)粉尘和黑烟污染严重", "反映\(plant)废气粉尘长期扰民", "请求治理\(d.village)附近\(plant)污染"]),
                content: """
                我们是\(d.place)的\(d.resident)，周边有\(households)户人家。离我们住房只有\(distance)米左右的地方有一家\(plant)，\
                生产时烟囱冒黑烟，刺鼻的气味顺风飘过来，家里门窗都不敢开，晾的衣服一天下来就是一层灰。\
                不少老人和小孩出现咳嗽、喉咙痛的情况。大卡车进出也扬起很大的灰尘。\
                我们不是反对企业生产，只希望它按环保要求安装除尘设备、规范运输。
                """,
                demands: "请对\(plant)的废气和粉尘排放进行监测，督促其安装治理设施，达不到要求的依法处理。",
                purpose: .solve, category: ("环境保护", "环境污染", "大气污染"),
                facts: """
                经现场检查，该\(plant)除尘设施未正常运行、物料露天堆放，厂界颗粒物浓度超过排放标准。\
                县生态环境局已责令其停产整改并处以罚款，企业已完成除尘设备改造、物料入棚和道路硬化，复查监测达标后恢复生产。
                """,
                basis: "《中华人民共和国大气污染防治法》第十八条、第四十八条，《中华人民共和国环境保护法》第四十二条",
                department: ecology
            )
        },
        DemoTemplate("environment.livestock", .rural) { d in
            let pigs = d.int(300...2_000)
            return d.text(
                title: d.pick(["养猪场臭气和粪水影响村民生活", "反映\(d.village)规模养殖场污染", "请求治理养殖场粪污直排"]),
                content: """
                我是\(d.place)\(d.group())村民。我们组后山\(d.recently())建起一个养猪场，存栏大约\(pigs)头，离我家不到两百米。\
                养猪场臭气很大，夏天根本不敢开窗，苍蝇蚊子成群。更严重的是，粪水没有经过处理就直接排到山沟里，\
                顺着沟流进下面的稻田和水塘，田里的秧苗都烧死了一片。\
                我们找养殖户协商，他说有沼气池，但沼气池早就满了，粪水一直往外溢。希望有关部门来现场看一看。
                """,
                demands: "请核查养猪场环保手续和粪污处理设施，责令其整改粪污直排，赔偿被污染农田的损失。",
                purpose: .solve, category: ("环境保护", "环境污染", "其他污染"),
                facts: """
                经县生态环境局、县农业农村局联合检查，该养殖场存栏约\(pigs)头，粪污处理设施容量不足，存在粪水溢流至山沟的情况。\
                已责令其限期建设配套贮存池、实施干湿分离和粪污资源化利用，期间控制存栏量；受污染农田损失经\(d.committee)调解已赔偿。
                """,
                basis: "《畜禽规模养殖污染防治条例》，《中华人民共和国水污染防治法》",
                department: ecology
            )
        },
        DemoTemplate("environment.eia.missing", .rural) { d in
            let project = d.pick(["石料加工厂", "废旧塑料回收加工点", "混凝土搅拌站"])
            return d.text(
                title: d.pick(["\(project)未批先建请求核查", "反映\(d.village)新建\(project)没有环评", "请求核查\(project)环保审批手续"]),
                content: """
                我们\(d.place)\(d.group())附近的山坡上，\(d.recently())开始平整场地，说是要建一个\(project)，现在厂房都快建好了。\
                村里没有开过会，也没有看到任何环评公示。这个位置离村民住房和村小学都很近，下面就是我们的饮用水源。\
                大家担心以后噪音、粉尘和污水影响生活。我们想知道这个项目有没有经过环保审批，\
                如果没有，希望依法叫停，等手续合法、听取群众意见后再说。
                """,
                demands: "请核查该项目环境影响评价审批情况，未批先建的依法责令停止建设，并公开项目信息。",
                purpose: .solve, category: ("环境保护", "建设项目审批", "未批先建"),
                facts: """
                经查，该\(project)项目未依法报批环境影响评价文件即开工建设。\
                县生态环境局已下达责令停止建设决定书并依法处罚；建设单位如需继续建设，须依法编制环评文件，公开征求周边村民意见后报批。
                """,
                basis: "《中华人民共和国环境影响评价法》第二十五条、第三十一条",
                department: ecology
            )
        },
        DemoTemplate("environment.fumes", .urban) { d in
            let shop = d.pick(["火锅店", "烧烤店", "中餐馆", "卤菜作坊"])
            return d.text(
                title: d.pick(["楼下\(shop)油烟直排熏人", "反映\(d.estate)底商\(shop)油烟污染", "请求整改餐饮油烟扰民"]),
                content: """
                我住在\(d.place)\(d.estate)\(d.int(2...8))楼。楼下底商\(d.recently())开了一家\(shop)，排烟管道直接从后墙伸出来，\
                正对着我们住户的窗户，每天从上午十点到晚上十点，油烟和气味一直往家里灌。\
                家里的窗帘、墙面都是油渍，衣服也不能晾在阳台上。\
                小区是住宅楼，按理说底商不能开产生油烟的餐馆。我们和店主沟通过，他说装了净化器，但从来没见开过。
                """,
                demands: "请督促\(shop)安装并正常使用油烟净化设施、规范排烟管道，不符合规定的依法处理。",
                purpose: .solve, category: ("环境保护", "环境污染", "大气污染"),
                facts: """
                经现场检查，该\(shop)油烟净化设施未正常运行，排烟口设置在住宅楼一侧，油烟直排影响居民。\
                执法部门已责令其限期整改，店主已更换净化设备、将排烟管道接至楼顶高空排放，并承诺定期清洗，复查合格。
                """,
                basis: "《中华人民共和国大气污染防治法》第八十一条，《饮食业油烟排放标准》（GB 18483-2001）",
                department: ecology
            )
        },
    ]
}
