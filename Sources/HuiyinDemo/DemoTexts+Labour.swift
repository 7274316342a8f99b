/// 劳动和社会保障: wages, contracts, work injury, pensions, medical insurance.
extension DemoTexts {
    static let labourTemplates: [DemoTemplate] = [
        DemoTemplate("labour.wage.site") { d in
            let firm = d.company(.construction)
            let foreman = d.someone()
            let workers = d.int(8...36)
            d.peopleCount = workers
            let project = d.pick(["安置小区", "滨河商住楼", "\(d.township)农贸市场改造", "工业园区标准厂房", "\(d.primarySchool())教学楼"])
            let owed = d.amount(180_000...960_000, step: 1000)
            let paid = owed / 10 * d.int(4...7)
            return d.text(
                title: d.pick(["\(firm.short)拖欠\(workers)名农民工工资", "反映\(project)项目拖欠农民工工资", "请求帮助追讨\(project)工地工资"]),
                content: """
                我们是在\(firm.full)承建的\(project)项目上干活的\(workers)名工人，主要做钢筋、木工和泥水活，大多是\(d.township)本地人。\
                从\(d.pastMonth())进场到主体完工，公司只按月发过生活费，剩下的工资一直拖着，算下来共欠\(DemoDraw.yuan(owed))。\
                我们多次找带班的\(foreman)和项目部，对方一会儿说建设单位工程款没拨下来，一会儿让我们等年底结算。\
                \(d.pick(["眼看快过年了，大家家里老人要看病、孩子要交学费，实在等不起了。", "大家都是靠力气吃饭，一年干下来拿不到钱，家里日子很难过。"]))\
                我们手上有考勤记录和对账单，恳请政府帮我们讨个说法。
                """,
                demands: "请督促\(firm.short)尽快足额支付拖欠的\(DemoDraw.yuan(owed))工资，今后按月发放工资。",
                purpose: .solve, category: ("劳动和社会保障", "劳动关系", "农民工权益"),
                facts: """
                经县劳动保障监察大队调查核实，\(firm.short)在\(project)项目确欠\(workers)名农民工工资\(DemoDraw.yuan(owed))。\
                经约谈，施工总承包单位已先行清偿\(DemoDraw.yuan(paid))，余款书面承诺30日内付清，工人代表已签字确认，监察大队将跟踪至全部兑付。
                """,
                basis: "《保障农民工工资支付条例》第三条、第三十条，《中华人民共和国劳动合同法》第三十条",
                department: hrss
            )
        },
        DemoTemplate("labour.wage.factory") { d in
            let firm = d.company(.garment, .food, .electronics)
            let months = d.int(2...5)
            let monthly = d.amount(2_800...4_600, step: 100)
            let job = d.pick(["流水线普工", "仓库保管", "质检员", "车间操作工"])
            return d.text(
                title: d.pick(["\(firm.short)拖欠\(months)个月工资", "反映\(firm.short)不按时发放工资", "请求解决被拖欠的工资"]),
                content: """
                我在\(firm.full)做\(job)，每月工资\(monthly)元，一直按时上班。\
                从\(d.recently())开始公司就说资金周转困难，工资一拖再拖，到现在已经\(months)个月没有发了。\
                我找过车间主任和财务，都说等老板回来再说，老板电话一直打不通。\
                厂里和我情况一样的还有不少人，有的已经离职了也没结清。\
                我家里两个孩子上学，还有房贷要还，全靠这份工资，现在只能借钱过日子。\
                请劳动部门帮忙督促公司把工资发给我们。
                """,
                demands: "请督促公司一次性支付拖欠我\(months)个月的工资共\(months * monthly)元。",
                purpose: .solve, category: ("劳动和社会保障", "工资福利", "工资发放"),
                facts: """
                经调查，\(firm.full)因订单减少、资金紧张，自\(months)个月前起未按时发放工资，涉及信访人在内的职工若干名。\
                县人社局已向该公司下达《劳动保障监察限期整改指令书》，公司已补发信访人工资\(months * monthly)元，信访人确认收到。
                """,
                basis: "《中华人民共和国劳动法》第五十条，《中华人民共和国劳动合同法》第三十条、第八十五条",
                department: hrss
            )
        },
        DemoTemplate("labour.contract.unsigned") { d in
            let firm = d.company(.logistics, .trading)
            let months = d.int(8...26)
            return d.text(
                title: d.pick(["\(firm.short)不与员工签订劳动合同", "反映用人单位未签劳动合同问题", "要求支付未签劳动合同二倍工资"]),
                content: """
                我于\(d.pastMonth())进入\(firm.full)工作，岗位是\(d.pick(["送货司机", "仓库分拣", "门店销售", "客服"]))，到现在已经干了\(months)个月。\
                入职时公司说试用期过了就签合同，后来一直拖着不签，也没有给我买社保。\
                \(d.recently())我提出签合同的事，主管就让我“不想干可以走”，还把我调到夜班。\
                我有工资转账记录、工作群聊天记录和工牌可以证明劳动关系。\
                我不是想闹矛盾，只是希望公司依法办事，给我们这些员工一个保障。
                """,
                demands: "要求公司补签劳动合同、补缴社会保险，并依法支付未签合同期间的二倍工资差额。",
                purpose: .solve, category: ("劳动和社会保障", "劳动关系", "劳动合同纠纷"),
                facts: """
                经查，信访人与\(firm.full)存在事实劳动关系，公司自用工之日起超过一个月未订立书面劳动合同，也未办理社会保险登记。\
                经劳动保障监察责令整改，公司已与信访人补签合同并补缴社保；关于二倍工资差额，已告知信访人可向县劳动人事争议仲裁委员会申请仲裁。
                """,
                basis: "《中华人民共和国劳动合同法》第十条、第八十二条，《中华人民共和国社会保险法》第五十八条，《中华人民共和国劳动争议调解仲裁法》第五条",
                department: hrss
            )
        },
        DemoTemplate("labour.dismissal") { d in
            let firm = d.company(.wood, .materials)
            let years = d.int(3...14)
            return d.text(
                title: d.pick(["被\(firm.short)无故辞退要求经济补偿", "反映\(firm.short)违法解除劳动合同", "辞退后未支付经济补偿金"]),
                content: """
                我在\(firm.full)工作了\(years)年，一直签着劳动合同，没有出过差错。\
                \(d.recently())公司突然口头通知我第二天不用来上班了，理由是“岗位调整”，没有任何书面通知，也没有说给补偿。\
                我去找人事，对方说是我自己不愿意调岗，算我主动离职。\
                事实上公司要把我调到\(d.pick(["外地分厂", "粉尘很大的打磨车间", "离家四十多公里的新厂区"]))，工资还要降三分之一，我只是提出能不能商量一下。\
                我今年\(d.int(42...55))岁，一下子没了工作，再找很难。
                """,
                demands: "要求公司依法支付违法解除劳动合同的赔偿金，并结清最后一个月工资。",
                purpose: .solve, category: ("劳动和社会保障", "劳动关系", "辞职辞退"),
                facts: """
                经调查，\(firm.full)单方调整信访人工作岗位和薪酬未与信访人协商一致，随后以口头方式解除劳动合同，未出具书面解除通知。\
                经县劳动人事争议调解中心组织调解，双方达成协议：公司支付信访人经济补偿\(years)个月工资并结清欠薪，已当场履行。
                """,
                basis: "《中华人民共和国劳动合同法》第三十五条、第四十六条、第四十七条、第八十七条",
                department: hrss
            )
        },
        DemoTemplate("labour.injury") { d in
            let firm = d.company(.materials, .wood)
            let injury = d.pick(["左手两根手指被机器压断", "从两米多高的架子上摔下来腰椎骨折", "右脚被叉车压伤粉碎性骨折"])
            let cost = d.amount(18_000...86_000, step: 100)
            return d.text(
                title: d.pick(["工作中受伤\(firm.short)不承担医疗费", "反映\(firm.short)未缴工伤保险拒付医疗费", "请求帮助认定工伤并落实待遇"]),
                content: """
                我是\(firm.full)的工人，\(d.pastMonth())在车间上班时\(injury)，在\(d.hospital())住院治疗，花了医疗费\(DemoDraw.yuan(cost))。\
                住院期间公司只垫付了几千元，出院后就不管了，说我自己操作不当。\
                后来我才知道公司根本没有给我们交工伤保险。\
                我现在还不能干重活，家里就靠我一个人的收入，后续复查和康复还要花钱。\
                我想申请工伤认定，公司却不肯出具证明材料。
                """,
                demands: "请帮助我申请工伤认定，督促公司依法承担医疗费用和停工留薪期工资。",
                purpose: .solve, category: ("劳动和社会保障", "城镇职工社会保险", "职工工伤保险"),
                facts: """
                经核查，信访人在工作时间和工作场所内因工作原因受伤，\(firm.full)未为其参加工伤保险。\
                县人社局已受理信访人的工伤认定申请并作出认定工伤决定；公司已按规定支付医疗费\(DemoDraw.yuan(cost))及停工留薪期工资，并为在岗职工补办工伤保险。
                """,
                basis: "《工伤保险条例》第十四条、第十七条、第六十二条",
                department: hrss
            )
        },
        DemoTemplate("labour.pension.gap") { d in
            let born = d.int(1962...1968)
            let years = d.int(9...14)
            return d.text(
                title: d.pick(["咨询养老保险缴费年限不足如何补缴", "养老保险差几年缴费能否补缴", "咨询职工养老保险断缴后的补缴政策"]),
                content: """
                我是\(born)年出生的，以前在县里的\(d.pick(["国营酒厂", "农机厂", "供销社", "县砖瓦厂"]))上班，企业改制后自己交过几年养老保险，\
                中间因为外出打工断了一段时间，现在查下来累计缴费只有\(years)年。\
                我快到退休年龄了，听说要交满十五年才能按月领养老金。\
                我想问一下：断缴的那几年能不能补缴，按什么标准补，需要准备哪些材料，到哪里办理？\
                如果达到退休年龄时还不够年限，是否可以延长缴费？希望给个明确答复。
                """,
                demands: "请告知养老保险补缴和延长缴费的政策、标准及办理流程。",
                purpose: .enquire, category: ("劳动和社会保障", "城镇职工社会保险", "职工养老保险"),
                facts: """
                经查询，信访人职工基本养老保险累计缴费\(years)年，达到法定退休年龄时不足十五年。\
                县社会保险事业中心已向信访人书面说明：可按规定延长缴费至满十五年，或转入城乡居民养老保险；\
                办理时需携带身份证、社保卡到县政务服务中心社保窗口。
                """,
                basis: "《中华人民共和国社会保险法》第十六条，《实施〈中华人民共和国社会保险法〉若干规定》第二条",
                department: hrss
            )
        },
        DemoTemplate("labour.pension.rural", .rural) { d in
            let age = d.int(61...78)
            return d.text(
                title: d.pick(["城乡居民养老金突然停发", "反映老人城乡居民养老金被停发", "请求恢复发放城乡居民养老金"]),
                content: """
                我\(d.pick(["父亲", "母亲", "岳母", "公公"]))今年\(age)岁，是\(d.place)\(d.group())村民，一直按月领城乡居民基本养老保险待遇。\
                从\(d.recently())开始，养老金就没有再打到卡上。我们去村里问，村干部说可能是没有做待遇资格认证；\
                去\(d.townWord)里问，又说系统显示“暂停发放”，要到县里查。\
                老人身体不好、腿脚不便，也不会用手机认证，家里人都在外地打工，来回跑了好几趟也没弄清楚。\
                这点养老金对老人很重要，希望有关部门帮忙查一查原因，能上门认证最好。
                """,
                demands: "请查明养老金停发原因，尽快恢复发放并补发停发期间的养老金。",
                purpose: .solve, category: ("劳动和社会保障", "城镇居民社会保险", "城乡居民养老保险"),
                facts: """
                经查，信访人亲属因未在规定期限内完成年度待遇领取资格认证，系统自动暂停发放城乡居民养老金。\
                县社会保险事业中心已会同\(d.townGovernment)工作人员上门完成认证，于次月恢复发放并一次性补发暂停期间的养老金。
                """,
                basis: "《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号），《中华人民共和国社会保险法》第二十条",
                department: hrss
            )
        },
        DemoTemplate("labour.retire.special") { d in
            let years = d.int(10...22)
            let job = d.pick(["井下采掘", "高温冶炼", "化工生产", "铸造"])
            return d.text(
                title: d.pick(["对特殊工种提前退休审批不服", "申诉：特殊工种提前退休未获批准", "要求重新审核特殊工种提前退休"]),
                content: """
                我原来在县里一家国有企业从事\(job)工作，累计\(years)年，按政策应当可以按特殊工种提前退休。\
                \(d.recently())我向县人社局提交了申请，结果被告知“档案中的工种记载不完整，不予认定”。\
                我档案里有当年的招工表和工资表，上面写明了岗位；原单位虽然破产了，但当年的同事都可以证明。\
                我认为这个结论不符合实际情况，也没有给我补充材料的机会。\
                现在按正常年龄退休还要等好几年，身体已经吃不消了。
                """,
                demands: "请求重新审核我的特殊工种工作年限，依法办理提前退休手续。",
                purpose: .appeal, category: ("劳动和社会保障", "退休政策及待遇", "病退及提前退休人员待遇"),
                facts: """
                经复核，信访人人事档案中有\(job)岗位的招工登记表和部分年度工资表，可认定特殊工种工作年限\(years - 2)年，\
                但仍不足政策规定的累计年限。县人社局已当面向信访人解释计算方法，并告知其对审核结论不服可依法申请行政复议或提起行政诉讼。
                """,
                basis: "《关于制止和纠正违反国家规定办理企业职工提前退休有关问题的通知》（劳社部发〔1999〕8号）",
                department: hrss
            )
        },
        DemoTemplate("labour.arbitration.unpaid") { d in
            let firm = d.company(.trading)
            let award = d.amount(12_000...58_000, step: 100)
            return d.text(
                title: d.pick(["劳动仲裁裁决生效后公司拒不履行", "反映\(firm.short)不履行仲裁裁决", "仲裁胜诉拿不到钱请求帮助"]),
                content: """
                我原来在\(firm.full)上班，因为公司拖欠工资和加班费，\(d.pastMonth())我向县劳动人事争议仲裁委员会申请了仲裁。\
                仲裁委裁决公司支付我\(DemoDraw.yuan(award))，裁决书已经生效好几个月了，公司一分钱都没给。\
                我去公司找负责人，对方说没钱，让我“爱找谁找谁”。\
                这笔钱是我辛辛苦苦干了大半年挣的，家里还等着用。我不懂法律程序，不知道接下来该怎么办，请政府帮帮我。
                """,
                demands: "请督促公司履行仲裁裁决，支付\(DemoDraw.yuan(award))，或告诉我下一步如何维权。",
                purpose: .solve, category: ("政法", "仲裁与调解", "劳动仲裁"),
                facts: """
                经核实，县劳动人事争议仲裁委员会作出的仲裁裁决已发生法律效力，\(firm.full)未在规定期限内履行。\
                依照法律规定，当事人应向人民法院申请强制执行。县人社局已向信访人书面告知申请执行的途径，并联系县法律援助中心为其提供帮助。
                """,
                basis: "《中华人民共和国劳动争议调解仲裁法》第五十一条，《中华人民共和国法律援助法》第三十一条",
                department: hrss
            )
        },
        DemoTemplate("labour.medical.reimbursement") { d in
            let city = d.pick(["省人民医院", "市中心医院", "省肿瘤医院", "外省一家三甲医院"])
            let cost = d.amount(36_000...180_000, step: 100)
            return d.text(
                title: d.pick(["异地就医费用报销被拒", "反映在\(city)住院的费用不能报销", "请求解决异地住院医疗费报销"]),
                content: """
                我参加的是城乡居民基本医疗保险，每年都按时缴费。\
                \(d.pastMonth())我\(d.pick(["爱人", "父亲", "母亲"]))因病在\(city)住院治疗，总费用\(DemoDraw.yuan(cost))。\
                当时情况紧急，直接从县医院转过去的，没来得及办理异地就医备案。\
                出院后我们拿着发票和病历去县医保局报销，工作人员说没有备案不能按正常比例报，只能报很少一部分。\
                这笔钱对我们家是很大的负担，已经借了亲戚不少钱。\
                我想问问像我们这种急诊转院的情况，能不能补办备案、按规定报销？
                """,
                demands: "请按规定为急诊转院补办异地就医备案，按正常比例报销住院医疗费用。",
                purpose: .solve, category: ("劳动和社会保障", "城镇居民社会保险", "城镇居民医疗保险"),
                facts: """
                经核实，信访人亲属系经县人民医院诊断后急诊转往\(city)，符合急诊抢救补办异地就医备案条件。\
                县医保局已为其补办备案手续，并按转外就医规定比例审核报销，款项已拨付至信访人社保卡账户。
                """,
                basis: "《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）",
                department: medicalInsurance
            )
        },
    ]
}
