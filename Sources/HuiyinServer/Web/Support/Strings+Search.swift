extension Strings {
    /// English for staff search (全文检索), possible repeats, registration hints (智能提示) and risk flags.
    static let searchTable: [String: String] = [
        // Search page
        "全文检索": "Full-text search",
        "检索信访件": "Search petitions",
        "检索": "Search",
        "检索词": "Search terms",
        "清除": "Clear",
        "相关程度": "Relevance",
        "检索条件有误，请按提示更正。": "Please correct the search as shown.",
        "检索词中没有可检索的文字，请输入汉字、字母或数字。": "There is nothing to search for: type Chinese characters, letters or digits.",
        "空格分隔多个词；\"引号\"内为短语；-词 表示排除": "Separate terms by spaces; \"quotes\" for a phrase; -term excludes",
        "检索语法": "Search syntax",
        "多个词用空格分开，须同时包含：": "Terms separated by spaces must all occur:",
        "用引号检索完整短语（也可用中文引号）：": "Quotes find an exact phrase (Chinese quotes work too):",
        "词前加减号排除含有该词的信访件：": "A minus sign before a term leaves out petitions containing it:",
        "检索范围为标题、主要事实和理由、诉求和信访人姓名；不区分全角半角和大小写，标点和空格不影响匹配；单个汉字也可以检索。":
            "Searched: title, facts and reasons, demands and petitioners' names. Full-width and half-width forms and letter case are alike; punctuation and spaces do not matter; a single character can be searched.",
        "检索结果": "Results",
        "这一页没有结果。": "This page has no results.",
        "检查检索词是否有错别字，或换一个说法（如“欠薪”与“拖欠工资”）。":
            "Check the terms for typing errors, or try other words (for example 欠薪 instead of 拖欠工资).",
        "多个词须同时出现：减少检索词，或去掉引号。": "Every term must occur: use fewer terms, or remove the quotes.",
        "放宽或清除筛选条件（状态、分类、单位、形式、日期）。": "Widen or clear the filters (state, category, unit, channel, dates).",
        "只能查到您查看范围内的信访件。": "Only petitions within your jurisdiction are found.",
        "风险较高": "High risk",
        "风险一般": "Some risk",
        // Possible repeats
        "可能重复的信访件": "Possible repeats",
        "查找可能重复或内容相近的信访件": "Look for possible repeats and similar petitions",
        "未发现可能重复或内容相近的信访件。": "No possible repeat or similar petition found.",
        "已在同一信访事项中。": "Already in the same matter.",
        "关联到该事项": "Link to this matter",
        "可能重复（同人同事）": "Possible repeats (same person, same matter)",
        "内容相近": "Similar text",
        "同一信访人的其他信访件": "Other petitions of the same petitioner",
        "关联重复信访件由登记单位的登记员或分办员在分办前办理。":
            "A repeat is linked by the registering unit's registrar or triage officer, before triage.",
        "当前数据库不支持文本分析。": "This database does not support text analysis.",
        // Risk
        "风险提示": "Risk signals",
        "风险词语": "Risk words",
        "没有带风险提示的信访件。": "No petition with risk signals.",
        "按风险词表在登记内容中发现以上词语，请阅读原文后判断；提示针对内容，不针对信访人。":
            "These words of the risk lexicon occur in the petition. Read the text and judge: the signal is about the text, not the petitioner.",
        "自伤自杀": "self-harm",
        "暴力": "violence",
        "扬言威胁": "threat",
        "聚集": "mass gathering",
        "赴省进京": "going to the province or Beijing",
        "一般": "some",
        "较高": "high",
        "危及生命": "Danger to life",
        "其他风险": "Other risk",
        "风险层级": "Risk tier",
        "理由": "Reason",
        "查看全部风险提示": "All risk signals",
        "危及生命的在前，其次集体访，再次其他；同层按风险等级和收到日期（最新在前）。提示针对内容，不针对信访人。":
            "Danger to life first, then collective petitions, then the rest; within each, by level and date received (newest first). The signal is about the text, not the petitioner.",
        // Registration hints
        "智能提示": "Hints",
        "分析内容": "Analyse the text",
        "根据标题、主要事实和理由、诉求，查找相近的信访件，建议内容分类和承办单位，提示风险词语":
            "From the title, facts and demands: similar petitions, suggested category and unit, risk words",
        "填写标题和主要事实和理由后点击“分析内容”。": "Fill in the title and the facts, then press “Analyse the text”.",
        "请核实情况；如有赴省进京、扬言极端行为等紧急情况，请勾选“紧急情况”并报告值班领导。":
            "Check the situation; in an emergency (going to the province or Beijing, threats of extreme acts) tick “Emergency” and tell the duty leader.",
        "建议内容分类": "Suggested categories",
        "置信度": "confidence",
        "已选": "chosen",
        "采用": "Use",
        "建议承办单位": "Suggested handling units",
        "依据分办规则": "by routing rule",
        "依据以往去向": "by where such petitions went",
        "相近的信访件": "Similar petitions",
        "未发现内容相近的信访件。": "No similar petition found.",
        "如与以下信访件为同一事项，可选择后登记（作为重复信访关联）":
            "If this is the same matter as one below, choose it before registering (linked as a repeat)",
    ]
}
