import Foundation
import HuiyinDemo
import HuiyinDomain
import HuiyinServer
import HuiyinStore
import Hummingbird
import HummingbirdTesting
import Testing

/// A demo county on a temporary SQLite file, a movable clock, and helpers to call the API.
struct APIFixture {
    let path: String
    let store: SQLiteStore
    let clock: MutableClock
    let services: HuiyinServices
    let org: DemoOrganisation

    static let password = DemoOrganisation.password

    /// 10:00 China time on `date`.
    static func instant(_ date: String) -> Date {
        LocalDate(iso: date)!.startInChina.addingTimeInterval(10 * 3600)
    }

    init(today: String = "2026-09-20") async throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("huiyin-api-\(UUID().uuidString).sqlite").path
        store = try SQLiteStore(path: path)
        // A low bcrypt cost keeps the suite fast; the cost is part of the hash, so verification is unchanged.
        let hash = try await Passwords.hash(Self.password, cost: 4)
        org = try await DemoOrganisation.create(in: store, passwordHash: hash)
        clock = MutableClock(Self.instant(today))
        services = try await HuiyinServices.load(store: store, clock: clock)
    }

    func cleanup() {
        try? store.close()
        for suffix in ["", "-wal", "-shm", ".attachments"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    var app: some ApplicationProtocol {
        Application(router: buildRouter(services))
    }

    func setDate(_ date: String) { clock.set(Self.instant(date)) }

    func unit(_ name: String) -> OrgUnit {
        services.configuration.current.units.units.first { $0.name == name }!
    }
}

/// A response body decoded loosely, for assertions.
struct JSON {
    let value: Any

    init(_ buffer: ByteBuffer) throws {
        value = try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView), options: [.fragmentsAllowed])
    }

    subscript(_ key: String) -> JSON? {
        (value as? [String: Any])?[key].map { JSON(raw: $0) }
    }

    subscript(_ index: Int) -> JSON? {
        guard let a = value as? [Any], a.indices.contains(index) else { return nil }
        return JSON(raw: a[index])
    }

    init(raw: Any) { value = raw }

    var string: String? { value as? String }
    var int: Int? { (value as? NSNumber)?.intValue }
    var bool: Bool? { (value as? NSNumber)?.boolValue }
    var array: [JSON] { (value as? [Any])?.map { JSON(raw: $0) } ?? [] }
    var keys: [String] { (value as? [String: Any]).map { Array($0.keys) } ?? [] }
}

extension TestClientProtocol {
    func token(_ username: String, password: String = APIFixture.password) async throws -> String {
        try await execute(uri: "/api/v1/tokens", method: .post, headers: [.contentType: "application/json"],
                          body: ByteBuffer(string: #"{"username":"\#(username)","password":"\#(password)"}"#)) { r in
            #expect(r.status == .created, "sign-in of \(username)")
            return try JSON(r.body)["token"]?.string ?? ""
        }
    }

    /// Sends JSON and returns the status and the decoded body.
    func call(_ method: HTTPRequest.Method, _ uri: String, token: String? = nil, json: String? = nil) async throws -> (HTTPResponse.Status, JSON) {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }) { r in
            (r.status, try JSON(r.body))
        }
    }
}

/// A valid registration body for a township matter.
func registrationJSON(localityUnitID: Int64, title: String = "柳塘镇新塘村道路损毁无人维修", idNumber: String = "11010519491231002X",
                      peopleCount: Int = 1, extraPetitioners: String = "", purpose: String = "demand") -> String {
    """
    {"channel":"visit","peopleCount":\(peopleCount),"purpose":"\(purpose)","categoryCode":"010101",
     "localityUnitId":\(localityUnitID),"title":"\(title)",
     "content":"  新塘村通组公路去年汛期被冲毁，至今无人维修，村民出行困难，多次向村委会反映未果。  ",
     "demands":"请求尽快修复道路",
     "petitioners":[{"name":" 张 三 ","idNumber":"\(idNumber)","phone":"+86 138-0013-8000","role":"\(peopleCount >= 5 ? "representative" : "self")"}\(extraPetitioners)]}
    """
}
