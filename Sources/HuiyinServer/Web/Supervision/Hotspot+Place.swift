import HuiyinDomain
import HuiyinStore

extension Hotspot {
    /// Where the hot issue is, as a reader says it: the locality unit and the site the texts name
    /// (柳塘镇 · 丽发新城), either alone when the other is unknown.
    func placeText(_ config: CountyConfiguration) -> String {
        let unit = Int64(place).flatMap { config.units.unit($0)?.name } ?? place
        return [unit, placeName].filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
