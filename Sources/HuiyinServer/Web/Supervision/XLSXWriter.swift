import Foundation
import ZIPFoundation

/// Writes tables as a minimal SpreadsheetML package (`.xlsx`) that Excel and WPS open: one worksheet
/// per table, text as inline strings, whole numbers as numbers, the header row bold and frozen.
enum XLSXWriter {
    static func data(_ tables: [ExportTable]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        var parts: [(String, String)] = [("[Content_Types].xml", contentTypes(tables.count)), ("_rels/.rels", packageRels),
                                         ("xl/workbook.xml", workbook(tables)), ("xl/_rels/workbook.xml.rels", workbookRels(tables.count)),
                                         ("xl/styles.xml", styles)]
        for (i, t) in tables.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", sheet(t))) }
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: Date(timeIntervalSince1970: 1_767_225_600), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(_ sheets: Int) -> String {
        var x = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for i in 1...max(1, sheets) {
            x += "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return x + "</Types>"
    }

    static let packageRels = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relNS)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    static func workbook(_ tables: [ExportTable]) -> String {
        var x = header + "<workbook xmlns=\"\(mainNS)\" xmlns:r=\"\(relNS)\"><sheets>"
        var used: Set<String> = []
        for (i, t) in tables.enumerated() {
            var name = sheetName(t.title)
            if used.contains(name) { name = String(name.prefix(27)) + "(\(i + 1))" }
            used.insert(name)
            x += "<sheet name=\"\(escape(name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        return x + "</sheets></workbook>"
    }

    /// A worksheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
    static func sheetName(_ title: String) -> String {
        let cleaned = String(title.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        return cleaned.isEmpty ? "Sheet" : cleaned
    }

    static func workbookRels(_ sheets: Int) -> String {
        var x = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for i in 1...max(1, sheets) {
            x += "<Relationship Id=\"rId\(i)\" Type=\"\(relNS)/worksheet\" Target=\"worksheets/sheet\(i).xml\"/>"
        }
        return x + "<Relationship Id=\"rId\(max(1, sheets) + 1)\" Type=\"\(relNS)/styles\" Target=\"styles.xml\"/></Relationships>"
    }

    static let styles = header + "<styleSheet xmlns=\"\(mainNS)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"宋体\"/></font><font><b/><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"

    static func sheet(_ t: ExportTable) -> String {
        var x = header + "<worksheet xmlns=\"\(mainNS)\"><sheetViews><sheetView workbookViewId=\"0\">"
            + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><sheetData>"
        for (r, row) in ([t.headers] + t.rows).enumerated() {
            x += "<row r=\"\(r + 1)\">"
            for (c, value) in row.enumerated() {
                let ref = column(c) + String(r + 1)
                if r > 0, isWholeNumber(value) {
                    x += "<c r=\"\(ref)\"><v>\(value)</v></c>"
                } else {
                    x += "<c r=\"\(ref)\" t=\"inlineStr\"\(r == 0 ? " s=\"1\"" : "")><is><t xml:space=\"preserve\">\(escape(value))</t></is></c>"
                }
            }
            x += "</row>"
        }
        return x + "</sheetData></worksheet>"
    }

    /// A, B, … Z, AA, AB …
    static func column(_ index: Int) -> String {
        var n = index + 1, s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// Digits only, no leading zero, short enough to stay exact (identifiers such as 0731… stay text).
    static func isWholeNumber(_ s: String) -> Bool {
        guard let first = s.utf8.first, s.utf8.count <= 12, first != UInt8(ascii: "0") || s.utf8.count == 1 else { return false }
        return s.utf8.allSatisfy { (48...57).contains($0) }
    }

    static func escape(_ s: String) -> String { DocxWriter.escape(s) }
}
