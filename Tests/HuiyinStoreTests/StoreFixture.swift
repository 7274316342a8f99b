import Foundation
import HuiyinDemo
import HuiyinDomain
import HuiyinStore

/// A demo organisation on a temporary SQLite file with a movable clock.
struct StoreFixture {
    let path: String
    let store: SQLiteStore
    let clock: MutableClock
    let service: PetitionService
    let org: DemoOrganisation

    static func instant(_ date: String, hour: Double = 10) -> Date {
        LocalDate(iso: date)!.startInChina.addingTimeInterval(hour * 3600)
    }

    init(today: String = "2026-03-02") async throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("huiyin-store-\(UUID().uuidString).sqlite").path
        store = try SQLiteStore(path: path)
        org = try await DemoOrganisation.create(in: store, passwordHash: "not-a-real-hash")
        clock = MutableClock(Self.instant(today))
        let config = try await CountyConfiguration.load(from: store)
        service = PetitionService(store: store, configuration: ConfigurationHolder(config), clock: clock)
    }

    func cleanup() {
        try? store.close()
        for suffix in ["", "-wal", "-shm", ".attachments"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    func user(_ name: String) -> StaffUser { org.users[name]! }
    func staff(_ name: String) -> Actor { .staff(user(name)) }
    func set(_ date: String) { clock.set(Self.instant(date)) }

    func registration(title: String = "新塘村道路损毁", idNumber: String = "11010519491231002X") -> Registration {
        Registration(
            channel: .letter, peopleCount: 1,
            petitioners: [Petitioner(name: "李四", idType: .residentID, idNumber: idNumber, phone: "13800138000")],
            purpose: .demand, categoryCode: "010101", localityUnitID: org.townships["柳塘镇"]!.id,
            title: title, content: "道路被冲毁，至今无人维修。", demands: "尽快修复")
    }

    @discardableResult
    func register(_ title: String = "新塘村道路损毁") async throws -> PetitionCase {
        try await service.register(registration(title: title), by: user("dengji"))
    }
}
