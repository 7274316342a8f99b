import HuiyinDomain

/// A small county like the demo's 青溪县: townships with villages, two villages of the same name, a
/// township that shares its short form with the county, and two departments.
enum PlaceFixture {
    static let county: OrgUnit.ID = 1, bureau: OrgUnit.ID = 2
    static let hrss: OrgUnit.ID = 10, housing: OrgUnit.ID = 11
    static let liutang: OrgUnit.ID = 20, xintang: OrgUnit.ID = 21, liutangVillage: OrgUnit.ID = 22, tuanjieLiutang: OrgUnit.ID = 23
    static let chengdong: OrgUnit.ID = 30, dongmen: OrgUnit.ID = 31
    static let chengxi: OrgUnit.ID = 35, xiguan: OrgUnit.ID = 36
    static let qingxi: OrgUnit.ID = 40, qingxiCommunity: OrgUnit.ID = 41
    static let taoyuan: OrgUnit.ID = 50
    static let longquan: OrgUnit.ID = 60, tuanjieLongquan: OrgUnit.ID = 61
    static let qinghe: OrgUnit.ID = 70, qingheCommunity: OrgUnit.ID = 71

    static let units = UnitDirectory(units: [
        OrgUnit(id: county, code: "370921000000", name: "青溪县人民政府", kind: .countyGovernment, parentID: nil, reviewBodyID: nil),
        OrgUnit(id: bureau, code: "370921XF0000", name: "青溪县信访局", kind: .petitionBureau, parentID: county, reviewBodyID: county),
        OrgUnit(id: hrss, code: "370921BM0100", name: "县人力资源和社会保障局", kind: .department, parentID: county, reviewBodyID: county),
        OrgUnit(id: housing, code: "370921BM0200", name: "县住房和城乡建设局", kind: .department, parentID: county, reviewBodyID: county),
        town(liutang, "柳塘镇"), village(xintang, "新塘村", in: liutang), village(liutangVillage, "柳塘村", in: liutang),
        village(tuanjieLiutang, "团结村", in: liutang),
        town(chengdong, "城东街道", .street), village(dongmen, "东门社区", in: chengdong, .community),
        town(chengxi, "城西街道", .street), village(xiguan, "西关社区", in: chengxi, .community),
        town(qingxi, "青溪镇"), village(qingxiCommunity, "青溪社区", in: qingxi, .community),
        town(taoyuan, "桃源镇"),
        town(longquan, "龙泉镇"), village(tuanjieLongquan, "团结村", in: longquan),
        town(qinghe, "清河镇"), village(qingheCommunity, "清河社区", in: qinghe, .community),
    ])

    static func town(_ id: OrgUnit.ID, _ name: String, _ kind: UnitKind = .township) -> OrgUnit {
        OrgUnit(id: id, code: "370921\(id)", name: name, kind: kind, parentID: county, reviewBodyID: county)
    }

    static func village(_ id: OrgUnit.ID, _ name: String, in township: OrgUnit.ID, _ kind: UnitKind = .village) -> OrgUnit {
        OrgUnit(id: id, code: "370921\(township)\(id)", name: name, kind: kind, parentID: township, reviewBodyID: township)
    }
}
