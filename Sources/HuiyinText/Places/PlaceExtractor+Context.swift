/// When a short form (柳塘) stands as a place name: the characters around it.
extension PlaceExtractor {
    /// Characters after which a place name is expected: 在柳塘, 到柳塘, 我们柳塘.
    static let introducers: Set<Unicode.Scalar> = Set("在到去住于从回是县们的和与及同跟经至往对向由原".unicodeScalars)
    /// Characters that follow a place name: 柳塘的, 柳塘那边, 柳塘一带, 柳塘村, 柳塘街上, 柳塘集镇.
    static let followers: Set<Unicode.Scalar> = Set("的这那一村社街集场境辖片地附周政派卫中人居和与及等".unicodeScalars)

    /// Characters that put a department at another level of government: 市教育局, A3区人社局, 省公安厅 (县
    /// too: the county's own 县人社局 is read whole before its 人社局 is reached, so a 县 left before it
    /// is another county's, A7县人社局).
    static let otherLevels: Set<Unicode.Scalar> = Set("市区县省州盟旗镇乡".unicodeScalars)

    /// True for a character that is not part of a Chinese word (start or end of text, punctuation,
    /// digits, Latin letters, spaces).
    static func isBoundary(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return true }
        return !(0x3400...0x9FFF).contains(c.value) && !(0x20000...0x2FFFF).contains(c.value)
    }

    static func isLatinOrDigit(_ c: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(c) || ("a"..."z").contains(c) || ("0"..."9").contains(c)
    }

    static func opensPlace(_ c: Unicode.Scalar?) -> Bool { isBoundary(c) || introducers.contains(c!) }
    static func closesPlace(_ c: Unicode.Scalar?) -> Bool { isBoundary(c) || followers.contains(c!) }
}
