extension Strings {
    /// English for the petitioner's portal (网上信访).
    static let portalTable: [String: String] = [
        // Chrome
        "网上信访平台": "Online petition service",
        "网上信访导航": "Online petitions",
        "县信访局": "County Petition Bureau",
        "办事指南": "Guide",
        "我要信访": "Submit a petition",
        "查询进度": "Track progress",
        "本网站不收取任何费用，也不会通过电话或短信索要查询码。":
            "This service is free of charge. Nobody will ever ask you for your query code by phone or text message.",
        "返回网上信访首页": "Back to the start page",
        "页面已过期": "The page has expired",
        "页面已过期或浏览器未保存 Cookie，请返回重新打开页面后再提交。":
            "The page has expired or your browser did not keep its cookie. Go back, reload the page and submit again.",
        "提交的内容过大": "Too much was sent",
        "每个附件不超过10MB，最多3个。请缩小或减少附件后重新提交。": "Attachments: at most 3, each at most 10 MB. Make them smaller or fewer and submit again.",
        "您要找的页面不存在。": "The page you are looking for does not exist.",
        "请求无效，请返回后重试。": "The request was not valid. Go back and try again.",
        "服务器暂时无法处理，请稍后重试。您也可以拨打信访电话或来信来访。":
            "The server cannot handle this right now. Please try again later, or phone, write or visit us.",
        // Guide
        "您可以在这里向县信访局反映问题、提出建议或意见，并随时查询办理进度。每一件信访事项都有承办单位、办理期限和书面答复。":
            "Here you can raise a problem, a suggestion or a complaint with the County Petition Bureau and follow its progress at any time. Every petition has a body in charge, a deadline and a written answer.",
        "查询办理进度": "Track a petition",
        "可以反映什么": "What you can raise here",
        "对各级机关、单位及其工作人员工作的意见、建议和批评": "Opinions, suggestions and criticism of the work of public bodies and their staff",
        "需要政府部门或乡镇（街道）解决的问题，如道路、供水、环境、社会保障、住房、土地等":
            "Problems for a government department, township or street office to solve: roads, water, environment, social security, housing, land and so on",
        "对公职人员违纪违法行为的检举、控告": "Reports of misconduct or law-breaking by public officials",
        "对已作出的信访处理意见不服，在期限内申请复查、复核": "Asking for review or re-review of a decision, within the time limit",
        "请如实反映情况。提交后您会得到信访件编号和查询码，凭它们查询进度、评价和申请复查。全程免费。":
            "Please describe the facts truthfully. After submitting you receive a petition number and a query code to track progress, rate the answer and ask for review. Free of charge.",
        "这些事项请通过法定途径解决": "Matters for the courts and other legal procedures",
        "依法应当通过诉讼、仲裁、行政复议等途径解决的，信访部门不予受理，但会告诉您应当去哪里。常见情形：":
            "Matters that by law go to litigation, arbitration or administrative reconsideration are not accepted as petitions, but we will tell you where to go. Common cases:",
        "已经或者依法应当通过诉讼解决的纠纷（如合同、借贷、离婚、继承、侵权赔偿）":
            "Civil disputes for the courts (contracts, loans, divorce, inheritance, damages)",
        "向人民法院起诉；可先咨询当地法律援助中心或拨打 12348 法律服务热线":
            "Sue in the people's court; ask the local legal aid centre or call the 12348 legal hotline first",
        "劳动争议（如解除劳动合同、工伤认定后的赔偿、经济补偿）": "Labour disputes (dismissal, work-injury compensation, severance pay)",
        "向县劳动人事争议仲裁委员会申请仲裁；拖欠工资也可向人力资源社会保障部门劳动保障监察机构投诉":
            "Apply to the county labour dispute arbitration commission; unpaid wages can also be reported to the labour inspectorate",
        "对行政机关作出的具体行政行为不服（如罚款、行政许可、征收补偿决定）":
            "Objections to an administrative decision (fines, permits, expropriation compensation)",
        "在法定期限内申请行政复议或提起行政诉讼": "Apply for administrative reconsideration or sue, within the legal time limit",
        "对法院、检察院的工作或案件处理有意见": "Complaints about courts, procuratorates or their cases",
        "向人民法院、人民检察院或人民代表大会反映": "Raise them with the court, the procuratorate or the people's congress",
        "违纪违法问题的检举控告": "Reports of misconduct",
        "可在本网站提交（请选择“检举控告”），也可向纪检监察机关举报":
            "Submit them here (choose \"Report misconduct\") or to the discipline inspection and supervision commission",
        "办理时限": "Time limits",
        "期限从收到或作出决定的次日起算；最后一日是法定节假日的，顺延至节假日后的第一个工作日。":
            "Periods start the day after receipt or decision; a period ending on a public holiday runs to the next working day.",
        "环节": "Step", "期限": "Time limit", "依据": "Source",
        "信访部门收到后决定转送、交办、直接办理或不予受理": "The bureau forwards, assigns, handles or declines your petition",
        "承办单位书面告知是否受理": "The body in charge tells you in writing whether it accepts",
        "受理后出具书面处理意见": "After acceptance, the written decision",
        "情况复杂的，经批准可延长并告知理由（最长）": "Extension for complex cases, approved and explained to you (at most)",
        "对受理和办理情况作出满意度评价": "You rate the acceptance and the handling",
        "对处理意见不服，可申请复查": "Ask for review if you disagree with the decision",
        "复查机关作出复查意见": "The review body decides",
        "对复查意见不服，可申请复核": "Ask for re-review if you disagree with the review",
        "复核机关作出复核意见": "The re-review body decides",
        "您的个人信息如何受到保护": "How your personal data is protected",
        "您的姓名、身份证号码、电话和地址只用于办理您的信访事项和与您联系，不对外公开。":
            "Your name, ID number, phone and address are used only to handle your petition and to contact you; they are never published.",
        "检举控告的，您的身份和材料不会告知被检举控告的单位和人员。":
            "If you report misconduct, your identity and material are never shown to the body or person you report.",
        "工作人员查看您的身份信息会被记录在案，可供核查。": "Every time staff open your identity details, it is logged and can be audited.",
        "查询进度只显示办理环节、承办单位和告知内容，不显示工作人员个人信息。":
            "Tracking shows the steps, the bodies in charge and the notices — never staff members' personal details.",
        "请妥善保管查询码，不要告诉他人；工作人员不会向您索要查询码。": "Keep your query code safe and to yourself; staff will never ask you for it.",
        // Submission form
        "请如实填写。带 * 的为必填项，大约需要三分钟。提交后您会得到信访件编号和查询码。":
            "Please fill in truthfully. Fields marked * are required; it takes about three minutes. You will receive a petition number and a query code.",
        "先看办事指南": "Read the guide first",
        "提交未完成，请修改以下内容：": "Not submitted yet. Please correct the following:",
        "1. 您的信息": "1. About you", "谁来反映": "Who is raising this", "我本人": "Myself", "多人联名": "A group",
        "真实姓名": "Full legal name", "身份证号码": "Resident ID number", "18位": "18 characters", "联系电话": "Phone", "联系地址": "Address",
        "多人联名时填写：人数和代表": "For a group: number of people and representatives",
        "联名人数达到": "Groups of ", "人以上的，请推选不超过": " or more people choose at most ",
        "名代表（包括您本人），并填写代表的信息。": " representatives (including you); enter their details.",
        "联名人数": "Number of people", "代表": "Representative",
        "2. 问题发生在哪里": "2. Where the problem is", "详细地点": "Exact place", "如村组、小区、门牌号": "village group, estate, house number",
        "3. 反映什么": "3. What it is about", "您想要": "You want to",
        "反映问题，请求解决": "Raise a problem and ask for a solution", "提出意见建议": "Make a suggestion", "检举控告": "Report misconduct",
        "申诉（对处理结果不服）": "Appeal against an outcome", "咨询政策": "Ask about a policy",
        "问题类别": "Kind of problem", "不清楚，由信访部门分类": "Not sure — the bureau will classify it",
        "标题": "Title", "一句话概括，如“某村道路损毁无人维修”": "one sentence, e.g. \"Village road damaged and not repaired\"",
        "主要事实和理由": "Facts and reasons", "最多2000字": "at most 2,000 characters", "已输入": "Typed", "字": "characters",
        "您的诉求": "What you ask for", "希望怎样解决": "how it should be resolved",
        "检举控告时填写：被检举控告的单位": "For reports of misconduct: the body concerned",
        "4. 附件（可选）": "4. Attachments (optional)",
        "最多3个，每个不超过10MB；只接受照片（JPG、PNG、GIF、WebP）和 PDF 文件。":
            "Up to 3 files of at most 10 MB each; photos (JPG, PNG, GIF, WebP) and PDF only.",
        "为安全起见，表单有误时已选的附件不会保留，请重新选择。": "For safety, files are not kept when the form has errors. Please choose them again.",
        "附件": "Attachment", "请勿填写此项": "Leave this empty", "提交信访事项": "Submit petition",
        "请填写真实姓名": "Please enter your full legal name", "请填写身份证号码": "Please enter your resident ID number",
        "请填写联系电话，以便告知办理情况": "Please enter a phone number so that we can tell you about progress",
        "多人联名请填写人数（2人以上）": "For a group, enter the number of people (2 or more)",
        "请选择问题发生地": "Please choose where the problem is",
        "内容不能超过2000字，可将材料作为附件上传": "At most 2,000 characters; attach longer material as files",
        "同一网络提交过于频繁，请一小时后再试，或来信来访。": "Too many submissions from this network. Please try again in an hour, or write or visit.",
        "提交未能完成，请检查后重新提交。": "The submission could not be completed. Please check and submit again.",
        "附件超过10MB：": "Attachment over 10 MB: ", "最多上传3个附件。": "At most 3 attachments.", "提交的内容过长。": "Too much text was sent.",
        "提交的内容无法识别。": "The submission could not be read.", "请重新填写后提交。": " Please fill in the form again.",
        "城乡建设": "Urban and rural construction", "党务政务": "Party and government affairs", "国土资源": "Land and resources",
        "环境保护": "Environment", "纪检监察": "Discipline inspection", "交通运输": "Transport", "经济管理": "Economy",
        "科技与信息产业": "Science and IT", "民政": "Civil affairs", "农村农业": "Rural affairs and agriculture", "商贸旅游": "Trade and tourism",
        "卫生计生": "Health", "政法": "Law and order", "教育文体": "Education, culture and sport", "劳动和社会保障": "Labour and social security",
        // Receipt
        "网上信访回执": "Online petition receipt",
        "提交成功。请立即记下或打印信访件编号和查询码：查询码只显示这一次，遗失后无法在网上找回。":
            "Submitted. Write down or print the petition number and query code now: the code is shown only this once and cannot be recovered online.",
        "提交时间": "Submitted", "个": "file(s)", "接下来": "What happens next",
        "县信访局在分办期限前决定由哪个单位办理，或告知您应通过的途径。":
            "Before the routing deadline, the bureau decides which body handles it, or tells you which procedure to use.",
        "承办单位在规定期限内告知是否受理，受理后出具书面处理意见。":
            "The body in charge tells you within the time limit whether it accepts, then issues a written decision.",
        "您可随时凭编号和查询码在“查询进度”中查看每一步、下一个期限和负责单位，收到答复后可以评价。":
            "With the number and code you can see every step, the next deadline and who is responsible under \"Track progress\", and rate the answer.",
        "请妥善保管查询码，不要告诉他人。工作人员不会向您索要查询码。": "Keep your query code safe and to yourself. Staff will never ask you for it.",
        "打印回执": "Print receipt",
        // Tracking
        "请输入提交时得到的信访件编号和查询码。": "Enter the petition number and query code you received.",
        "查询": "Look up", "查询码": "Query code",
        "查询码遗失的，请携带身份证件到县信访局或拨打信访电话查询。": "Lost your code? Bring your ID to the County Petition Bureau or phone us.",
        "信访件编号或查询码不正确，请核对后重试。": "The petition number or query code is wrong. Please check and try again.",
        "查询码错误次数过多，请15分钟后再试。": "Too many wrong codes. Please try again in 15 minutes.",
        "目前进展": "Where it stands", "收到日期": "Received", "当前状态": "Status", "承办单位": "Body in charge",
        "下一步": "Next step", "负责单位": "Responsible body", "应在此日前完成": "Due by",
        "可申请复查至": "Review may be requested until", "可申请复核至": "Re-review may be requested until", "办结日期": "Closed on",
        "办理过程": "Steps so far", "处理意见书": "Decision letter", "出具单位": "Issued by", "出具日期": "Issued on", "处理结果": "Outcome",
        "查明的事实": "Facts found", "处理意见": "Decision",
        "查询其他信访件": "Look up another petition",
        "满意度评价": "Your rating", "受理情况": "Acceptance", "办理情况": "Handling", "：": ": ", "（已评价）": "(rated)",
        "请在此日前评价：": "Please rate by ", "。每项只能评价一次。": ". Each can be rated once.", "。": ".",
        "对受理情况（是否及时受理、告知）": "Acceptance (timely, and were you told?)",
        "对办理情况（处理意见和办理结果）": "Handling (the decision and the result)",
        "意见（可选）": "Comment (optional)", "提交评价": "Submit rating",
        "感谢您的评价。": "Thank you for your rating. ",
        "您的“不满意”评价已转督办部门跟进，承办单位将与您联系。":
            "Your \"dissatisfied\" rating has gone to the supervision office for follow-up; the body in charge will contact you.",
        "复查与复核": "Review and re-review",
        "对处理意见不服的，可在此日前申请复查：": "If you disagree with the decision, you may ask for review until ",
        "对复查意见不服的，可在此日前申请复核：": "If you disagree with the review, you may ask for re-review until ",
        "受理机关：": "Review body: ",
        "申请复查的理由": "Why you ask for review", "申请复核的理由": "Why you ask for re-review",
        "申请复查": "Ask for review", "申请复核": "Ask for re-review",
        "申请已提交。": "Request submitted. ", "将于此日前作出意见：": "A decision is due by ",
        "收到书面处理意见后，如不服，可自收到之日起": "Once you receive the written decision, if you disagree you may ask the body one level up for review within ",
        "内向上一级机关申请复查。": " of receiving it.",
        "您的复查申请正在办理中，复查机关将在期限内作出复查意见。": "Your review request is being handled; the review body will decide within the time limit.",
        "您的复核申请正在办理中，复核机关将在期限内作出复核意见。": "Your re-review request is being handled; the re-review body will decide within the time limit.",
        "本信访事项已经复核终结，同一事实和理由不再受理。如有新的事实和理由，可以提出新的信访事项；涉及法律问题的，可依法向人民法院起诉或申请行政复议。":
            "This matter is final after re-review; the same facts and reasons are not accepted again. With new facts you may submit a new petition; legal questions can go to the courts or administrative reconsideration.",
        "不予受理的事项不能申请复查，请按不予受理告知中的途径办理；也可以就新的事实和理由提出新的信访事项。":
            "A declined petition cannot be reviewed; please follow the procedure named in the notice, or submit a new petition with new facts.",
        "本件已与您此前反映的同一事项合并办理，请查询原信访件的进度。":
            "This petition was merged with your earlier petition on the same matter; please track that one.",
        "申请复查须在收到处理意见之日起": "Review must be requested within ",
        "申请复核须在收到复查意见之日起": "Re-review must be requested within ",
        "内提出，该期限已经届满，网上不能再申请。您仍可以：就新的事实和理由提出新的信访事项；涉及法律问题的，依法通过诉讼、行政复议等途径解决。":
            " of receiving the decision; that period has passed, so it can no longer be requested online. You may still submit a new petition with new facts, or take legal questions to the courts or administrative reconsideration.",
        "请按提示修改后重新提交。": "Please correct the marked fields and submit again.",
        "请至少选择一项评价": "Please choose at least one rating",
    ]
}
