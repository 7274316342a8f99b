/// 教育文体 and 卫生计生: school places, fees, safety, teachers, training refunds, medical disputes,
/// billing, unlicensed clinics, family-planning rewards, food safety.
extension DemoTexts {
    static let serviceTemplates: [DemoTemplate] = [
        DemoTemplate("education.enrolment", .urban) { d in
            let school = d.primarySchool()
            let far = d.pick(["县城南新区的学校", "离家八公里外的镇中心小学", "城郊的一所九年一贯制学校"])
            return d.text(
                title: d.pick(["孩子不能在户籍所在学区就近入学", "反映\(d.village)适龄儿童被分配到远处学校", "请求解决孩子就近入学问题"]),
                content: """
                我是\(d.place)\(d.resident)，户口和房产都在\(d.estate)，孩子今年满六岁要上一年级。\
                按照公布的学区划分，我们小区对应的是\(school)，但报名后却被通知分配到\(far)，理由是学位不够。\
                同一个小区有的孩子被录取了，有的没有，也没有说明排序的规则。\
                孩子太小，每天接送要一个多小时，我们夫妻都要上班，实在没办法。希望教育部门公开招生规则，给我们一个合理的安排。
                """,
                demands: "请公开学区学位分配规则，核实我家孩子的入学资格，尽量安排在\(school)就近入学。",
                purpose: .solve, category: ("教育文体", "教育体制", "教育资源配置"),
                facts: """
                经核查，\(school)今年一年级报名人数超出学位数，学校按户籍、实际居住、房产取得时间的顺序录取，\
                信访人孩子符合条件但排序靠后。县教育局已公开录取规则，并通过增设一个教学班，将信访人孩子调整至\(school)就读。
                """,
                basis: "《中华人民共和国义务教育法》第十二条，县义务教育阶段招生入学工作方案",
                department: education
            )
        },
        DemoTemplate("education.fees") { d in
            let middle = d.chance(50)
            let school = middle ? d.middleSchool() : d.primarySchool()
            let grade = middle ? d.pick(["初一", "初二", "初三"]) : d.pick(["四年级", "五年级", "六年级"])
            let fee = d.amount(180...680, step: 10)
            return d.text(
                title: d.pick(["\(school)违规收取资料费", "反映学校强制学生购买教辅资料", "请求查处学校乱收费问题"]),
                content: """
                我的孩子在\(school)读\(grade)。\(d.recently())班主任在家长群里通知，\
                每个学生要交\(fee)元，用于购买教辅资料和“课后辅导费”，说是学校统一要求，不交的学生就不能参加课后服务。\
                没有收据，也没有说明收费依据。我们家里条件一般，这笔钱不算少。\
                我听说义务教育阶段不能这样收费，不知道学校的做法对不对，又怕孩子在学校受影响，不敢当面问，请有关部门查一查。
                """,
                demands: "请核查学校收费是否合规，违规收取的费用予以退还，并规范今后的收费行为。",
                purpose: .solve, category: ("教育文体", "教育收费", "乱收费"),
                facts: """
                经县教育局调查，\(school)部分班级以“资料费”“辅导费”名义向学生收取费用，未经批准且未开具票据，属于违规收费。\
                已责令学校向每名学生全额退还所收的\(fee)元，对相关责任人进行通报批评，并在全县开展教育收费专项检查。
                """,
                basis: "《中华人民共和国教育法》第七十八条，《关于规范中小学服务性收费和代收费管理有关问题的通知》",
                department: education
            )
        },
        DemoTemplate("education.safety") { d in
            let school = d.primarySchool()
            return d.text(
                title: d.pick(["建议在\(school)门口增设交通安全设施", "\(school)上下学时段交通安全隐患", "关于改善\(school)周边交通安全的建议"]),
                content: """
                我是\(school)的一名学生家长。学校大门正对着\(d.pick(["省道", "县道", "主街"]))，来往车辆多、车速快，\
                每天上下学时段，家长的车、电动车和学生挤在一起，学校门口没有斑马线、减速带，也没有红绿灯。\
                \(d.recently())就有一名学生过马路时被电动车撞倒，所幸伤得不重。\
                建议相关部门在学校门口施划斑马线、安装减速带和警示标志，上下学高峰期安排人员疏导。孩子的安全无小事，希望能早点落实。
                """,
                demands: "建议在学校门口施划斑马线、设置减速带和警示标志，上下学高峰安排交通疏导。",
                purpose: .suggest, category: ("教育文体", "教育行政管理", "校园安全"),
                facts: """
                经县教育局会同公安交警部门现场查看，\(school)门口路段车流量较大，缺少交通安全设施。\
                现已施划人行横道、安装减速带\(d.int(2...4))条和学校区域警示标志，上下学高峰期由交警、学校和家长志愿者共同护学。
                """,
                basis: "《中小学幼儿园安全管理办法》，《中华人民共和国道路交通安全法》",
                department: education
            )
        },
        DemoTemplate("education.substitute-teacher") { d in
            let years = d.int(8...21)
            return d.text(
                title: d.pick(["原民办代课教师请求落实生活补助", "反映原代课教师教龄认定问题", "请求核定原民办代课教师待遇"]),
                content: """
                我是\(d.place)人，从\(d.int(1978...1990))年起在\(d.isRural ? "村小和" : "")\(d.primarySchool())当民办代课教师，前后教了\(years)年书。\
                后来学校清退代课教师，我就回家务农了。听说现在对原民办代课教师有生活补助政策，\
                可我去申请时，被告知当年的学校档案不全，教龄没法认定。\
                我有当年的聘用证明和几位老同事、学生家长可以作证。我把最好的年华都给了学生，希望政府能认可这段经历。
                """,
                demands: "请根据聘用证明和证人材料认定我的代课教龄，按政策落实原民办代课教师生活补助。",
                purpose: .solve, category: ("教育文体", "教师队伍和待遇", "原民办代课教师"),
                facts: """
                经县教育局调阅学区档案、走访原任校长和同事，确认信访人在\(d.township)辖区学校从事代课工作累计\(years - 1)年，\
                符合原民办代课教师生活补助条件。已为其办理教龄认定，从次月起按标准发放生活补助。
                """,
                basis: "省关于妥善解决原民办代课教师有关问题的政策规定，《中华人民共和国教师法》",
                department: education
            )
        },
        DemoTemplate("education.training.refund", .urban) { d in
            let parents = d.int(30...120)
            d.peopleCount = parents
            let name = d.pick(["启明", "博学", "优学", "星辰", "智慧树"])
            let fee = d.amount(3_000...12_000, step: 100)
            return d.text(
                title: d.pick(["\(name)培训机构突然关门拒不退费", "反映校外培训机构跑路\(parents)名家长无法退费", "请求帮助追回预交的培训费"]),
                content: """
                我们是\(name)教育培训学校的学生家长，共有\(parents)户。这家机构开在\(d.township)，\
                去年以“一次交一年有优惠”为由，让家长预交了培训费，每户\(DemoDraw.yuan(fee))左右。\
                \(d.recently())机构突然贴出停课通知，说是“内部调整”，之后就再也没有开门，负责人电话也打不通。\
                很多家庭的课时还剩大半没上，有的家长上个月刚续费。我们担心负责人转移资产，希望有关部门尽快介入。
                """,
                demands: "请有关部门依法介入，督促机构退还未上课时的培训费，追究责任人责任。",
                purpose: .solve, category: ("教育文体", "教育行政管理", "校外机构管理"),
                facts: """
                经查，该培训机构因经营不善停业，尚有\(parents)名学员剩余课时未消。\
                县教育局会同市场监管、公安部门约谈了机构负责人，冻结其预收费监管账户余额，按剩余课时比例先行退还部分费用；\
                剩余款项已引导家长通过诉讼途径主张。
                """,
                basis: "《中华人民共和国消费者权益保护法》第五十三条，《中华人民共和国民法典》第五百七十七条",
                department: education
            )
        },
        DemoTemplate("education.village-school", .rural) { d in
            let pupils = d.int(18...60)
            return d.text(
                title: d.pick(["建议为\(d.village)学生开通校车", "\(d.village)村小撤并后孩子上学路远", "关于解决\(d.village)学生上学交通问题的建议"]),
                content: """
                我是\(d.place)的学生家长。村里的教学点撤并以后，全村\(pupils)个孩子都要到\(d.primarySchool())上学，\
                单程有\(d.int(5...12))公里，都是山路。家长大多在外打工，孩子跟着爷爷奶奶，老人只能骑三轮车或摩托车接送，\
                下雨天路滑非常危险。我们理解学校撤并是为了提高教学质量，\
                但希望政府考虑一下山区孩子的实际困难，开通校车或者办寄宿，让家长在外打工也能放心。
                """,
                demands: "建议为\(d.village)开通定时校车或安排寄宿，解决山区学生上下学交通安全问题。",
                purpose: .suggest, category: ("教育文体", "教育体制", "教育资源配置"),
                facts: """
                经县教育局调查，\(d.village)现有在\(d.township)中心小学就读学生\(pupils)人，多数学生上学路途较远。\
                已协调县公交公司开通早晚两班学生专线，费用由县财政补贴；低年级学生家长可自愿选择寄宿。
                """,
                basis: "《中华人民共和国义务教育法》，《校车安全管理条例》",
                department: education
            )
        },
        DemoTemplate("health.malpractice") { d in
            let hospital = d.hospital()
            let relative = d.pick(["母亲", "父亲", "爱人", "孩子"])
            let operation = d.pick(["胆囊切除手术", "阑尾手术", "骨折内固定手术", "剖宫产手术"])
            return d.text(
                title: d.pick(["质疑\(hospital)手术治疗存在过错", "反映亲属在\(hospital)术后出现严重并发症", "请求处理与\(hospital)的医疗纠纷"]),
                content: """
                \(d.pastMonth())，我\(relative)在\(hospital)做\(operation)。术前医生说这是小手术，风险不大。\
                术后第二天开始高烧、腹痛，我们多次找值班医生，只是开点退烧药，直到第四天病情加重才转到市医院，\
                转院后诊断为术后严重感染，又做了一次手术，花了十几万元，现在身体还没恢复。\
                我们认为医院术后观察和处置不及时。我们找医院协商，医院只说“手术本身没有问题”。
                """,
                demands: "请依法组织调查，复制封存病历，通过医疗损害鉴定明确责任，由医院依法赔偿。",
                purpose: .solve, category: ("卫生计生", "医患纠纷", "医疗事故争议"),
                facts: """
                县卫生健康局已督促\(hospital)依法为信访人复制病历资料并在医患双方在场时封存。\
                经县医疗纠纷人民调解委员会组织调解，双方同意委托鉴定机构进行医疗损害鉴定，根据鉴定结论确定赔偿；对鉴定结论不服的可向人民法院起诉。
                """,
                basis: "《医疗纠纷预防和处理条例》第十六条、第二十二条，《中华人民共和国民法典》第一千二百一十八条",
                department: health
            )
        },
        DemoTemplate("health.billing") { d in
            let hospital = d.hospital()
            let days = d.int(6...20)
            let extra = d.amount(600...4_800, step: 10)
            return d.text(
                title: d.pick(["住院费用清单存在重复收费", "反映\(hospital)多收住院费用", "请求核查住院费用明细"]),
                content: """
                我\(d.pick(["父亲", "母亲", "本人"]))\(d.recently())在\(hospital)住院\(days)天，出院结算时发现费用比预想高很多。\
                我把费用清单一项一项核对，发现有的检查只做了一次却收了两次，护理费按特级护理收取，\
                但住院期间一直是普通病房、普通护理，还有几种药我们根本没有用过。粗算多收了\(extra)元左右。\
                去收费处问，对方让找科室，科室又让找收费处，来回推了好几次也没人给个说法。
                """,
                demands: "请核查住院费用明细，退还重复收取和不合理收取的费用，并对违规收费进行处理。",
                purpose: .solve, category: ("卫生计生", "医政监管", "医疗收费"),
                facts: """
                经县医保局会同县卫生健康局调取住院病历和费用明细核查，\(hospital)存在重复收取检查费、护理等级收费与医嘱不符等问题，\
                多收费用\(extra)元。已责令医院退还信访人多收费用，追回相应医保基金，并对医院予以通报和处理。
                """,
                basis: "《医疗保障基金使用监督管理暂行条例》第十五条，《医疗机构管理条例》",
                department: medicalInsurance
            )
        },
        DemoTemplate("health.unlicensed-clinic") { d in
            let doctor = d.someone()
            return d.text(
                title: d.pick(["\(d.village)有人无证行医请求查处", "反映无证诊所违规输液", "请求查处\(d.village)非法行医"]),
                content: """
                我们\(d.place)\(d.isRural ? "村口" : "街边")有一家没有挂牌的小诊所，由\(doctor)开办，平时给人看病、打针、输液。\
                据了解他没有医生执业证，诊所也没有执业许可证，药品来源不清楚，输液用的器具消毒也很随便。\
                附近很多老人图便宜、图方便都去那里看病。\(d.recently())有位老人在那里输液后出现严重反应，送到医院抢救才脱离危险。\
                我们担心再出事，希望卫生部门依法查处。
                """,
                demands: "请依法查处无证行医，取缔非法诊所，并加强对辖区诊所的日常监管。",
                purpose: .solve, category: ("卫生计生", "医政监管", "非法行医"),
                facts: """
                经县卫生健康局卫生监督所现场检查，\(doctor)未取得医疗机构执业许可证和医师执业证书擅自开展诊疗活动。\
                已依法予以取缔，没收药品和医疗器械并处以罚款；同时在\(d.township)开展打击非法行医专项检查，公布举报电话。
                """,
                basis: "《中华人民共和国基本医疗卫生与健康促进法》第九十九条，《医疗机构管理条例》",
                department: health
            )
        },
        DemoTemplate("health.one-child.reward") { d in
            let age = d.int(60...72)
            return d.text(
                title: d.pick(["咨询计划生育家庭奖励扶助政策", "独生子女父母奖励扶助金如何申领", "咨询计划生育特别扶助申请条件"]),
                content: """
                我和爱人都是\(d.place)\(d.resident)，只生育了一个孩子，当年领取了独生子女父母光荣证。\
                我今年\(age)岁了，听邻居说符合条件的计划生育家庭到了年龄每年可以领取奖励扶助金，但我一直没有领到过。\
                我想咨询：申请需要什么条件，要准备哪些证明材料，到哪里申请，\
                以前没有领过的能不能补发？我们的孩子\(d.recently())因病去世，这种情况是否还有特别扶助？
                """,
                demands: "请告知计划生育家庭奖励扶助和特别扶助的申请条件、材料和办理地点，核实我家是否符合条件。",
                purpose: .enquire, category: ("卫生计生", "人口计生", "独生子女父母奖励政策"),
                facts: """
                经核实，信访人夫妇符合计划生育家庭特别扶助条件，此前因未提出申请未纳入扶助对象。\
                县卫生健康局已指导其通过\(d.committee)提交申请材料，经审核公示后纳入扶助名单，按规定从次年起发放扶助金。
                """,
                basis: "《中华人民共和国人口与计划生育法》，《全国独生子女伤残死亡家庭扶助制度试点方案》",
                department: health
            )
        },
        DemoTemplate("health.food-safety") { d in
            let shop = d.pick(["超市", "食品批发部", "校门口小卖部"])
            let item = d.pick(["牛奶", "面包", "火腿肠", "饮料"])
            return d.text(
                title: d.pick(["\(d.village)一家\(shop)销售过期食品", "反映\(d.village)\(shop)售卖过期\(item)", "请求查处销售过期变质食品"]),
                content: """
                \(d.recently())我在\(d.place)一家\(shop)给孩子买了\(item)，孩子吃了以后肚子痛、拉肚子，去\(d.townClinic)看了病。\
                回家一看包装，已经过了保质期半个多月。我拿着东西去找店主，店主不承认是在他店里买的，还说我故意找茬。\
                我后来又去看了，货架上还有好几样过期的东西在卖。这家店离学校很近，很多学生在那里买零食，我担心更多孩子吃坏肚子。
                """,
                demands: "请依法查处销售过期食品的行为，督促店主赔偿医疗费用，加强学校周边食品安全检查。",
                purpose: .solve, category: ("卫生计生", "食品药品监管", "食品安全"),
                facts: """
                县市场监督管理局现场检查时在该\(shop)货架上查获超过保质期的食品\(d.int(5...18))种，已依法立案查处，没收过期食品并处罚款。\
                经调解，经营者向信访人退还货款并赔偿医疗费用；县市场监管局已对学校周边食品经营户开展专项检查。
                """,
                basis: "《中华人民共和国食品安全法》第三十四条、第一百四十八条",
                department: market
            )
        },
    ]
}
