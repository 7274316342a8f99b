import Foundation
import HuiyinDomain
import HuiyinStore
import ZIPFoundation

/// The situation report as a `.docx` (Word and WPS): the same sections and tables as the HTML document,
/// the charts given as their tables. Reuses ``DocxWriter``'s package parts and escaping.
struct ReportDocx {
    let document: ReportDocument

    func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let parts = [("[Content_Types].xml", DocxWriter.contentTypes), ("_rels/.rels", DocxWriter.packageRels),
                     ("word/_rels/document.xml.rels", DocxWriter.documentRels), ("word/styles.xml", DocxWriter.styles),
                     ("word/document.xml", xml())]
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: document.data.generatedOn.startInChina, compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    func xml() -> String {
        let d = document.data
        let config = document.config
        var x = DocxWriter.header + "<w:document xmlns:w=\"\(DocxWriter.wNS)\"><w:body>"
        x += paragraph(document.title, style: "Title")
        x += paragraph("\(d.issuer)　\(d.generatedOn.chinese)", align: "center")
        x += heading("一、总体情况")
        x += paragraph("\(d.period.chineseName)，全县共受理信访事项 \(d.totals.total) 件，环比\(ReportDocument.phrase(d.totals.total, d.previousTotals.total))，"
            + "同比\(ReportDocument.phrase(d.totals.total, d.lastYearTotals.total))。", indent: true)
        x += table(d.totalsTable)
        x += table(ExportTable(title: "近十二个月信访量", headers: ["月份", "件数"], rows: d.trend.map { [$0.label, String($0.value)] }, fileStem: ""))
        x += heading("二、结构分析")
        for t in d.structureTables { x += table(t) }
        x += heading("三、集体访、越级访和重复信访")
        x += paragraph("集体访 \(d.totals.collective) 件，越级访 \(d.totals.levelSkipping) 件，重复信访 \(d.totals.repeats) 件，"
            + "占信访总量的 \(ReportDocument.share(d.totals.repeats, d.totals.total))。", indent: true)
        x += heading("四、热点问题和苗头性、倾向性问题")
        x += d.hotspots.hotspots.isEmpty ? paragraph("本期未发现热点问题。", indent: true) : table(d.hotspotTable(config))
        x += heading("五、考核指标完成情况")
        x += table(ExportTable(title: "全县考核指标", headers: ["指标", "完成值", "分子/分母"],
                               rows: d.indicators.map { [$0.indicator.chineseName, $0.percent, "\($0.numerator)/\($0.denominator)"] }, fileStem: ""))
        x += table(d.unitIndicators)
        x += heading("六、积案化解")
        x += paragraph("积案台账在办 \(d.backlogOpen) 件，已销号 \(d.backlogSignedOff) 件；本期新列入台账 \(d.backlogEntered) 件。", indent: true)
        x += heading("七、风险研判")
        for (i, r) in d.risks.enumerated() { x += paragraph("\(i + 1). \(r)", indent: true) }
        x += heading("八、对策建议")
        let recs = d.recommendations.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        for p in recs.isEmpty ? ["（尚未填写对策建议。）"] : recs { x += paragraph(p, indent: true) }
        x += "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        x += "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>"
        return x + "</w:body></w:document>"
    }

    private func heading(_ text: String) -> String {
        "<w:p><w:pPr><w:spacing w:before=\"240\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>" + DocxWriter.escape(text) + "</w:t></w:r></w:p>"
    }

    private func paragraph(_ text: String, style: String? = nil, align: String? = nil, indent: Bool = false) -> String {
        var p = "<w:p><w:pPr>"
        if let style { p += "<w:pStyle w:val=\"\(style)\"/>" }
        if indent { p += "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>" }
        if let align { p += "<w:jc w:val=\"\(align)\"/>" }
        return p + "</w:pPr><w:r><w:t xml:space=\"preserve\">" + DocxWriter.escape(text) + "</w:t></w:r></w:p>"
    }

    /// A bordered table in 五号 (10.5 pt), its title as a bold line above it.
    private func table(_ t: ExportTable) -> String {
        var x = "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"24\"/></w:rPr><w:t>"
            + DocxWriter.escape(t.title) + "</w:t></w:r></w:p>"
        x += "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            x += "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        }
        x += "</w:tblBorders></w:tblPr>"
        for (i, row) in ([t.headers] + t.rows).enumerated() {
            x += "<w:tr>"
            for cell in row {
                x += "<w:tc><w:p><w:pPr><w:spacing w:line=\"320\" w:lineRule=\"exact\"/></w:pPr><w:r><w:rPr>"
                    + (i == 0 ? "<w:b/>" : "") + "<w:sz w:val=\"21\"/></w:rPr><w:t xml:space=\"preserve\">"
                    + DocxWriter.escape(cell) + "</w:t></w:r></w:p></w:tc>"
            }
            x += "</w:tr>"
        }
        return x + "</w:tbl>"
    }
}
