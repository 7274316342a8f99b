import HuiyinText
import Testing

@Suite("Shingles, MinHash and LSH")
struct SimilarityTests {
    static let base = "我是柳塘镇新塘村村民，去年在县城建筑工地做木工，老板至今拖欠我工资三万二千元，多次讨要无果，家里老人生病住院急需用钱，请求政府帮助讨回血汗钱。"

    /// A deterministic generator for the planted-pair test.
    struct Rng: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let alphabet = Array("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严")

    static func edited(_ text: String, edits: Int, rng: inout Rng) -> String {
        var chars = Array(text)
        for _ in 0..<edits {
            let i = Int.random(in: 0..<chars.count, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: chars[i] = alphabet.randomElement(using: &rng)!
            case 1: chars.insert(alphabet.randomElement(using: &rng)!, at: i)
            default: if chars.count > 10 { chars.remove(at: i) }
            }
        }
        return String(chars)
    }

    static func randomText(_ n: Int, rng: inout Rng) -> String {
        String((0..<n).map { _ in alphabet.randomElement(using: &rng)! })
    }

    @Test("shingles are exact and Jaccard is exact")
    func jaccard() {
        let a = Shingles("拆迁补偿款")
        #expect(a.count == 3)
        #expect(a.jaccard(a) == 1)
        #expect(Shingles("拆迁补偿").jaccard(Shingles("拆迁补偿款")) == 2.0 / 3.0)
        #expect(Shingles("甲乙丙").jaccard(Shingles("丁戊己")) == 0)
        #expect(Shingles("拆迁，补偿！").values == Shingles("拆迁补偿").values)
        #expect(Shingles("水").count == 1)
        #expect(Shingles("").isEmpty)
        #expect(Shingles("", size: 3).jaccard(Shingles("")) == 1)
    }

    @Test("MinHash estimates Jaccard within sampling error and is deterministic")
    func estimate() {
        var rng = Rng(state: 1)
        let hasher = MinHasher()
        for edits in [2, 8, 20] {
            let b = Self.edited(Self.base, edits: edits, rng: &rng)
            let exact = Shingles(Self.base).jaccard(Shingles(b))
            let estimate = MinHasher.estimatedSimilarity(hasher.signature(Self.base), hasher.signature(b))
            #expect(abs(exact - estimate) < 0.15, "edits \(edits): exact \(exact) estimate \(estimate)")
        }
        #expect(hasher.signature(Self.base) == MinHasher().signature(Self.base))
        #expect(hasher.signature(Self.base).count == 128)
        #expect(hasher.signature("").allSatisfy { $0 == .max })
    }

    @Test("LSH finds at least 98% of planted near-duplicate pairs and few unrelated ones")
    func plantedRecall() {
        var rng = Rng(state: 42)
        let hasher = MinHasher()
        let banding = LSHBanding()
        var found = 0, planted = 0, falseCandidates = 0
        var unrelatedKeys: [Set<Int64>] = []
        for _ in 0..<200 {
            let text = Self.randomText(200, rng: &rng)
            let copy = Self.edited(text, edits: Int.random(in: 1...6, using: &rng), rng: &rng)
            let a = Set(banding.keys(hasher.signature(text)))
            let b = Set(banding.keys(hasher.signature(copy)))
            planted += 1
            if !a.isDisjoint(with: b) { found += 1 }
            unrelatedKeys.append(a)
        }
        for i in 1..<unrelatedKeys.count where !unrelatedKeys[i].isDisjoint(with: unrelatedKeys[i - 1]) { falseCandidates += 1 }
        #expect(Double(found) / Double(planted) >= 0.98)
        #expect(falseCandidates <= 2)
        #expect(banding.candidateProbability(similarity: 0.7) > 0.97)
        #expect(banding.candidateProbability(similarity: 0.3) < 0.05)
    }
}

@Suite("Person matching")
struct PersonMatchingTests {
    @Test("resident ID and phone match whatever their spelling")
    func strong() {
        let a = PersonKeys(name: "张三", idNumber: "11010519491231002x", phone: "+86 138-0013-8000", address: nil)
        let b = PersonKeys(name: "張三", idNumber: "１１０１０５１９４９１２３１００２Ｘ", phone: "13800138000", address: nil)
        #expect(PersonMatcher().reasons(a, b) == [.sameResidentID, .samePhone])
        let c = PersonKeys(name: "张三", idNumber: "110105194912310021", phone: "0731-84561234", address: nil)
        #expect(c.residentID == nil) // bad check digit: not a key
        #expect(PersonMatcher().reasons(a, c).isEmpty)
    }

    @Test("same name with a similar address is a weak signal")
    func weak() {
        let a = PersonKeys(name: "李 四", idNumber: nil, phone: nil, address: "青溪县柳塘镇新塘村3组12号")
        let b = PersonKeys(name: "李四", idNumber: nil, phone: nil, address: "青溪县柳塘镇新塘村三组12号")
        let c = PersonKeys(name: "李四", idNumber: nil, phone: nil, address: "青溪县城东街道文昌社区锦绣花园5栋")
        let r = PersonMatcher().reasons(a, b)
        #expect(r.count == 1)
        if case .sameNameSimilarAddress(let s) = r.first { #expect(s >= 0.5) } else { Issue.record("no weak match") }
        #expect(r.first?.isStrong == false)
        #expect(PersonMatcher().reasons(a, c).isEmpty)
        #expect(PersonMatcher().bestReason([a], [b, PersonKeys(name: "王五", idNumber: nil, phone: nil, address: nil)]) == r.first)
    }
}

@Suite("Similarity judge")
struct SimilarityJudgeTests {
    let judge = SimilarityJudge(settings: TextSettings())
    let text = Shingles(SimilarityTests.base)
    let close = Shingles(SimilarityTests.base + "请尽快解决。")
    let other = Shingles("小区物业乱收停车费，业主多次反映无果，请求有关部门依法查处。")
    let me = PersonKeys(name: "张三", idNumber: "11010519491231002X", phone: nil, address: "青溪县柳塘镇新塘村3组12号")
    let namesake = PersonKeys(name: "张三", idNumber: nil, phone: nil, address: "青溪县柳塘镇新塘村3组12号")
    let stranger = PersonKeys(name: "王五", idNumber: nil, phone: "13900139000", address: nil)

    @Test("same ID and similar text is a repeat; the reason names both")
    func repeatPetition() {
        let f = judge.judge(text: text, persons: [me], earlierText: close, earlierPersons: [me])
        #expect(f?.kind == .repeatPetition)
        #expect(f?.person == .sameResidentID)
        #expect(f?.reason.hasPrefix("相似度0.") == true && f?.reason.hasSuffix("身份证号相同") == true)
    }

    @Test("a namesake with the same address is only a near-duplicate hint; a stranger's copy a near-duplicate")
    func weakAndNone() {
        let weak = judge.judge(text: text, persons: [me], earlierText: close, earlierPersons: [namesake])
        #expect(weak?.kind == .nearDuplicate)
        #expect(weak?.person?.isStrong == false)
        #expect(judge.judge(text: text, persons: [me], earlierText: close, earlierPersons: [stranger])?.kind == .nearDuplicate)
        #expect(judge.judge(text: text, persons: [me], earlierText: other, earlierPersons: [stranger]) == nil)
        #expect(judge.judge(text: text, persons: [me], earlierText: other, earlierPersons: [me])?.kind == .samePerson)
    }
}
