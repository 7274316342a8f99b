/// 揭发控告: accusations against village cadres, township governments and county departments.
///
/// Accusations go to discipline inspection (纪检监察) or the competent department, and the informant's
/// identity is confidential, so these texts speak as "我们" without naming the writer.
extension DemoTexts {
    static let accusationTemplates: [DemoTemplate] = [
        DemoTemplate("accusation.village.dibao-favouritism", .rural) { d in
            let cadre = d.pick(["村支书", "村委会主任", "村委委员"])
            let person = d.someone()
            let relatives = d.int(2...5)
            let substantiated = d.chance(60)
            return d.text(
                title: d.pick(["举报\(d.village)\(cadre)优亲厚友违规办理低保", "反映\(d.village)低保评定不公", "举报村干部为亲属违规办理低保"]),
                content: """
                我们是\(d.place)的村民。\(d.village)\(cadre)\(person)在低保评定中优亲厚友：\
                他的\(d.pick(["弟弟", "儿媳", "姐夫", "堂兄"]))家里开着农家乐、有小轿车，却连续几年享受低保；\
                另外还有\(relatives)户和他关系好的人家条件不错，也吃上了低保。\
                而组里真正困难的几户，比如常年瘫痪在床的老人家，申请了几次都没有评上。\
                评议会也只是走过场，评完不公示，村民有意见也没人管，大家敢怒不敢言。
                """,
                demands: "请纪检监察机关调查核实，清退不符合条件的低保，依纪依法处理相关人员，让真正困难的群众得到保障。",
                purpose: .accuse, category: ("纪检监察", "滥用职权", "以权谋私"), accused: "村委会",
                facts: substantiated ? """
                经县纪委监委调查核实，\(person)在担任\(cadre)期间，违规为其亲属等\(relatives)户不符合条件的家庭办理低保，评议结果未按规定公示。\
                已给予\(person)党内严重警告处分，清退违规领取的低保金，并对\(d.village)低保对象全面复核。
                """ : """
                经县纪委监委会同县民政局逐户核查，反映的\(relatives)户低保家庭中有1户因收入增加已不符合条件，已停发并追回；其余均符合条件。\
                未发现\(person)为亲属违规办理低保的问题，已责令该村规范民主评议和公示程序。
                """,
                basis: "《中国共产党纪律处分条例》，《社会救助暂行办法》第十一条，《中华人民共和国监察法》第十五条",
                department: discipline
            )
        },
        DemoTemplate("accusation.village.embezzlement", .rural) { d in
            let accountant = d.someone()
            let money = d.amount(60_000...380_000, step: 1000)
            return d.text(
                title: d.pick(["举报\(d.village)会计截留征地补偿款", "反映\(d.village)村干部侵占集体资金", "举报村会计挪用集体资金"]),
                content: """
                我们实名反映\(d.place)村会计\(accountant)的问题（请为我们保密）。\
                前些年村里有一批土地被征收，上面拨下来的补偿款，一部分应当分给被征地农户，一部分留作集体资金。\
                据我们了解，有\(DemoDraw.yuan(money))左右的款项没有进村集体账户，而是以“借支”“工程预付款”的名义被转到了私人账上，\
                至今没有还回来。\(accountant)这几年在县城买了房、买了车，和他的收入明显不相称。
                """,
                demands: "请对\(d.village)集体资金和征地补偿款账目进行审计，依纪依法查处侵占挪用行为，追回集体资金。",
                purpose: .accuse, category: ("纪检监察", "贪污贿赂", "贪污"), accused: "村委会",
                facts: """
                县纪委监委会同县农业农村局对\(d.village)近五年集体财务进行了专项审计，\
                查实\(accountant)以借支名义挪用征地补偿款\(DemoDraw.yuan(money / 2))，已全部追缴至村集体账户。\
                \(accountant)已被免去职务，问题线索依法移送司法机关处理。
                """,
                basis: "《中华人民共和国监察法》第十五条，《中华人民共和国刑法》第三百八十四条，《中国共产党纪律处分条例》",
                department: discipline
            )
        },
        DemoTemplate("accusation.village.finance", .rural) { d in
            let years = d.int(2...4)
            return d.text(
                title: d.pick(["\(d.village)村务财务\(years)年不公开", "反映\(d.village)集体收支不透明", "要求\(d.village)公开集体资产收益"]),
                content: """
                我们是\(d.place)的村民。按规定村务和财务要定期公开，可我们村的公开栏已经\(years)年没有更新过了。\
                村里的\(d.pick(["山林", "鱼塘", "集体厂房", "砂石场"]))一直承包给别人，每年有承包费收入，\
                上级也拨过修路、建活动室的项目资金，但钱花在哪里、剩多少，村民一概不知道。\
                我们向村委会提出查看账目，被以“要\(d.townWord)里同意”为由拒绝。\
                我们怀疑集体资金使用存在问题，希望上级来查一查，把账公开给大家看。
                """,
                demands: "请督促\(d.village)按规定公开村务和财务，对近几年集体资产收益和项目资金使用情况进行审计。",
                purpose: .accuse, category: ("农村农业", "村务管理", "集体财务公开"), accused: "村委会",
                facts: """
                经\(d.townGovernment)和县农业农村局核查，\(d.village)近\(years)年未按季度公开财务收支，部分承包合同未经村民代表会议通过。\
                审计未发现侵占集体资金问题，但存在票据不规范等情况。已责令该村补公开全部收支，规范承包合同，并对村“两委”负责人进行诫勉谈话。
                """,
                basis: "《中华人民共和国村民委员会组织法》第三十条、第三十一条，《农村集体经济组织财务制度》",
                department: agriculture
            )
        },
        DemoTemplate("accusation.village.election", .rural) { d in
            let candidate = d.someone()
            let cash = d.int(2...5) * 100
            return d.text(
                title: d.pick(["举报\(d.village)换届选举中有人贿选", "反映\(d.village)村委会选举不公", "请求调查\(d.village)选举拉票问题"]),
                content: """
                我们是\(d.place)的村民。\(d.recently())村委会换届选举前，候选人\(candidate)托人挨家挨户给选民送钱，\
                每票\(cash)元，还请部分村民吃饭，要求大家投他的票。\
                选举当天，委托投票没有按规定办理书面委托手续，流动票箱也没有两名以上工作人员在场。\
                最后\(candidate)当选了，但很多村民觉得选举不公平。我们反映给了\(d.townGovernment)，到现在还没有答复，希望上级认真核查。
                """,
                demands: "请调查选举中的贿选和程序违法问题，依法确认选举结果是否有效，必要时重新组织选举。",
                purpose: .accuse, category: ("民政", "基层选举和社区建设", "村委会选举"), accused: "村委会",
                facts: """
                经\(d.townGovernment)和县民政局调查，选举中委托投票手续不完备、流动票箱管理不规范，\
                反映的送钱拉票问题经走访\(d.int(12...30))户村民，有\(d.int(2...4))户证实。已依法确认该次选举中主任职务选举无效，并重新组织选举。
                """,
                basis: "《中华人民共和国村民委员会组织法》第十五条、第十七条",
                department: civilAffairs
            )
        },
        DemoTemplate("accusation.department.conduct") { d in
            let unit = d.pick([naturalResources, market, housing, transport])
            let matter = d.pick(["办理营业执照变更", "办理不动产登记", "申请施工许可", "办理道路运输证"])
            let times = d.int(4...8)
            return d.text(
                title: d.pick(["反映\(unit)窗口人员推诿拖延", "举报\(unit)工作人员办事刁难", "反映\(unit)服务作风问题"]),
                content: """
                我\(d.recently())到\(unit)\(matter)，材料齐全，前后跑了\(times)趟还没有办下来。\
                第一次说缺一份证明，补交后又说表格格式不对，第三次又说负责的人出差了。\
                每次要求的材料都不一样，也不一次性告知。窗口一名工作人员还暗示我“找个中介就快了”，\
                我后来才知道门口的中介收费好几百元，确实当天就能办。这种作风让老百姓办事太难了。
                """,
                demands: "请调查该单位工作人员推诿刁难和暗示找中介的问题，严肃处理，并落实一次性告知制度。",
                purpose: .accuse, category: ("纪检监察", "干部作风", "官僚主义"), accused: unit,
                facts: """
                经县纪委监委调查，信访人反映的未一次性告知、多次往返问题属实；\
                暗示找中介的问题，经调取窗口监控录音和询问当事人，有关人员承认曾向信访人推荐中介但否认收受好处。\
                已对该工作人员给予诫勉处理并调离窗口岗位，责成\(unit)开展作风整顿。
                """,
                basis: "《中国共产党纪律处分条例》，《优化营商环境条例》，《中华人民共和国公职人员政务处分法》",
                department: discipline
            )
        },
        DemoTemplate("accusation.township.negligence", .rural) { d in
            let hazard = d.pick(["危桥", "山体滑坡隐患点", "村小后面的危墙"])
            let years = d.int(2...5)
            return d.text(
                title: d.pick(["反映\(d.township)对\(hazard)长期不作为", "举报\(d.townGovernment)对安全隐患推诿不管", "\(d.village)\(hazard)多年无人处理"]),
                content: """
                我们\(d.place)有一处\(hazard)，村民从\(years)年前就开始向\(d.townGovernment)反映，\
                \(d.townWord)里来人看过几次，拍了照片，说会上报处理，但一直没有下文。\
                去年汛期情况更严重了，村民每天还得从旁边经过，孩子上学也要走那里，家长天天提心吊胆。\
                我们觉得有关负责人把群众的安全不当回事，反映了这么多年都没人管，如果出了事谁来负责？请上级部门调查核实。
                """,
                demands: "请调查\(d.townGovernment)对安全隐患长期不作为的问题，追究相关人员责任，并尽快排除隐患。",
                purpose: .accuse, category: ("纪检监察", "失职渎职", "玩忽职守"), accused: d.townGovernmentKind,
                facts: """
                经县纪委监委调查，\(d.townGovernment)自\(years)年前接到群众反映后虽进行了现场查看和登记，但未按规定上报并落实治理措施。\
                已对分管负责人进行提醒谈话；该\(hazard)已设置警示标志和临时防护，治理工程已列入今年计划并开工。
                """,
                basis: "《中国共产党问责条例》，《中华人民共和国公职人员政务处分法》，《地质灾害防治条例》",
                department: discipline
            )
        },
    ]
}
