import Foundation
import ZIPFoundation

/// Writes an ``OfficialDocument`` as a minimal Office Open XML package (`.docx`) that Word and WPS open:
/// `[Content_Types].xml`, `_rels/.rels`, `word/document.xml`, `word/styles.xml` and the document's
/// relationships. A4, 宋体 (SimSun) 三号 body, first-line indent of two characters, as official
/// documents are laid out.
enum DocxWriter {
    static func data(_ doc: OfficialDocument) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts(doc) {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: doc.date.startInChina, compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// The package parts, in the order Word expects to find `[Content_Types].xml` first.
    static func parts(_ doc: OfficialDocument) -> [(String, String)] {
        [("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRels),
         ("word/_rels/document.xml.rels", documentRels), ("word/styles.xml", styles), ("word/document.xml", document(doc))]
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static let contentTypes = header + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        </Types>
        """

    static let packageRels = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    static let documentRels = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    static let fonts = "<w:rFonts w:ascii=\"SimSun\" w:hAnsi=\"SimSun\" w:eastAsia=\"宋体\" w:cs=\"SimSun\" w:hint=\"eastAsia\"/>"

    static let styles = header + """
        <w:styles xmlns:w="\(wNS)">\
        <w:docDefaults><w:rPrDefault><w:rPr>\(fonts)<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:spacing w:after="240" w:line="700" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>\
        </w:styles>
        """

    static func document(_ doc: OfficialDocument) -> String {
        var x = header + "<w:document xmlns:w=\"\(wNS)\"><w:body>"
        x += paragraph(doc.title, style: "Title")
        x += paragraph(doc.number, align: "center", after: 360)
        x += paragraph(doc.addressee + "：")
        for p in doc.paragraphs { x += paragraph(p, indent: true) }
        x += paragraph("", after: 240)
        x += paragraph(doc.issuer, align: "right")
        x += paragraph(doc.date.chinese, align: "right")
        x += "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        x += "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>"
        x += "</w:body></w:document>"
        return x
    }

    private static func paragraph(_ text: String, style: String? = nil, align: String? = nil, indent: Bool = false, after: Int? = nil) -> String {
        var p = "<w:p>"
        if style != nil || align != nil || indent || after != nil {
            p += "<w:pPr>"
            if let style { p += "<w:pStyle w:val=\"\(style)\"/>" }
            if let after { p += "<w:spacing w:after=\"\(after)\"/>" }
            if indent { p += "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>" }
            if let align { p += "<w:jc w:val=\"\(align)\"/>" }
            p += "</w:pPr>"
        }
        if !text.isEmpty { p += "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>" }
        return p + "</w:p>"
    }

    /// XML text escaping; characters XML 1.0 forbids (control codes) are dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(" ")
            default:
                if u.value < 0x20 || (0xFFFE...0xFFFF).contains(u.value) { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
