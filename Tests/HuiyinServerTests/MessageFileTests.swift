import Foundation
import HuiyinDomain
@testable import HuiyinServer
import Testing
import ZIPFoundation

@Suite("Message files for `huiyin analyse`: JSON Lines, CSV and Excel with Chinese headers, dates in every usual form")
struct MessageFileTests {
    @Test("CSV with a byte-order mark, Chinese headers, quoted commas, quotes and line breaks")
    func csv() throws {
        let text = "\u{FEFF}留言编号,留言用户,留言主题,留言时间,留言详情,点赞数\r\n"
            + "101,U1,\"丽发新城搅拌站, 噪音扰民\",2019/11/2 10:20:00,\"他说：\"\"太吵了\"\"\n晚上睡不着\",3\r\n"
            + "102,U2,伊景园滨河苑捆绑销售车位,2019年7月7日,开发商捆绑销售,\r\n"
        let messages = try MessageFile.messages(CSVTable.parse(Data(text.utf8)))
        #expect(messages.count == 2)
        #expect(messages[0].id == "101" && messages[0].user == "U1")
        #expect(messages[0].title == "丽发新城搅拌站, 噪音扰民")
        #expect(messages[0].detail == "他说：\"太吵了\"\n晚上睡不着")
        #expect(messages[0].day.iso == "2019-11-02")
        #expect(messages[0].support == 3)
        #expect(messages[1].day.iso == "2019-07-07")
        #expect(messages[1].support == nil)
    }

    @Test("JSON Lines with English keys; numbers become text; a missing time column is named with its accepted headers")
    func jsonLines() throws {
        let lines = #"{"id": 7, "title": "路灯不亮", "content": "东门社区路灯坏了", "time": "2019-02-28T11:25:05", "user": "A1", "support": 2}"#
            + "\n\n" + #"{"id": 8, "title": "路灯还是不亮", "detail": "", "time": "2019-03-01", "user": "A2"}"#
        let messages = try MessageFile.messages(TableFile.jsonLines(Data(lines.utf8)))
        #expect(messages.map(\.id) == ["7", "8"])
        #expect(messages[0].detail == "东门社区路灯坏了")
        #expect(messages[0].day.iso == "2019-02-28")
        let noTime = try TableFile.jsonLines(Data(#"{"title": "x"}"#.utf8))
        #expect(throws: MessageFile.ReadError.missingColumn("time", headers: ["title"])) { try MessageFile.messages(noTime) }
        #expect(MessageFile.ReadError.missingColumn("time", headers: ["title"]).description.contains("留言时间"))
        #expect(throws: TableFile.ReadError.self) { try TableFile.jsonLines(Data("not json".utf8)) }
    }

    @Test("an .xlsx as the product writes it (inline strings, numbers, an Excel serial date)")
    func xlsxInline() throws {
        let table = ExportTable(title: "留言", headers: ["编号", "标题", "内容", "日期", "信访人数"],
                                rows: [["5", "新塘村灌溉渠堵塞", "灌溉渠堵塞 <多年> & 无人清理", "43647", "108"]], fileStem: "m")
        let messages = try MessageFile.messages(XLSXTable.parse(try XLSXWriter.data([table])))
        #expect(messages.count == 1)
        #expect(messages[0].detail == "灌溉渠堵塞 <多年> & 无人清理")
        #expect(messages[0].day.iso == "2019-07-01", "Excel day 43647")
        #expect(messages[0].people == 108)
    }

    @Test("an .xlsx as Excel writes it: shared strings with rich-text runs and phonetic guides, cells addressed by column")
    func xlsxShared() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add("xl/sharedStrings.xml", """
            <sst><si><t>留言主题</t></si><si><t>留言时间</t></si><si><r><t>麻将馆</t></r><r><t xml:space="preserve">扰民</t></r>\
            <rPh sb="0" eb="1"><t>ma</t></rPh></si><si><t>2019-05-01</t></si><si><t>留言编号</t></si></sst>
            """)
        try add("xl/worksheets/sheet1.xml", """
            <worksheet><sheetData><row r="1"><c r="A1" t="s"><v>4</v></c><c r="C1" t="s"><v>0</v></c><c r="D1" t="s"><v>1</v></c></row>\
            <row r="2"><c r="A2"><v>9</v></c><c r="C2" t="s"><v>2</v></c><c r="D2" t="s"><v>3</v></c></row></sheetData></worksheet>
            """)
        let table = try XLSXTable.parse(try #require(archive.data))
        #expect(table.headers == ["留言编号", "留言主题", "留言时间"])
        let messages = try MessageFile.messages(table)
        #expect(messages.map(\.title) == ["麻将馆扰民"])
        #expect(messages.map(\.id) == ["9"])
        #expect(messages.map(\.day.iso) == ["2019-05-01"])
        #expect(throws: TableFile.ReadError.self) { try XLSXTable.parse(Data("PK not a zip".utf8)) }
    }

    @Test("dates: ISO, slashes, Chinese, Excel serials; nonsense refused")
    func dates() {
        #expect(MessageFile.date("2019-07-01T08:00:00")?.iso == "2019-07-01")
        #expect(MessageFile.date("2019/7/1")?.iso == "2019-07-01")
        #expect(MessageFile.date("2019年7月1日")?.iso == "2019-07-01")
        #expect(MessageFile.date("43647")?.iso == "2019-07-01")
        #expect(MessageFile.date("昨天") == nil)
        #expect(MessageFile.date("2019-13-45") == nil)
    }
}
