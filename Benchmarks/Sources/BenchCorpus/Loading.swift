import Foundation
import GRDB
import HuiyinDomain
import HuiyinStore

/// One petition of the corpus as registration stores it (JSON registration and status), for the loaders.
public struct LoadedPetition: Sendable {
    public var id: Int64
    public var doc: Corpus.Doc
    public var day: LocalDate
    public var at: Date
    public var registration: String
    public var status: String

    /// The `index`th of `count` documents: received over two years from 2024-01-01.
    static func make(_ index: Int, _ d: Corpus.Doc, count: Int, encoder: JSONEncoder) throws -> LoadedPetition {
        let day = LocalDate(iso: "2024-01-01")!.adding(days: index * 700 / max(1, count))
        let at = day.startInChina.addingTimeInterval(Double(index % 3600))
        let registration = Registration(channel: d.channel, receivedAt: at, peopleCount: d.peopleCount, petitioners: [d.person],
                                        purpose: .demand, categoryCode: d.category, localityUnitID: 1, title: d.title,
                                        content: d.content, demands: d.demands)
        return LoadedPetition(id: Int64(index + 1), doc: d, day: day, at: at,
                              registration: String(decoding: try encoder.encode(registration), as: UTF8.self),
                              status: String(decoding: try encoder.encode(PetitionStatus(receivedOn: day)), as: UTF8.self))
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        return encoder
    }

    /// Every petition of the corpus, encoded at once (for loaders that write in batches).
    public static func all(_ corpus: Corpus) throws -> [LoadedPetition] {
        let encoder = Self.encoder
        return try corpus.docs.enumerated().map { i, d in try make(i, d, count: corpus.docs.count, encoder: encoder) }
    }

    public var phoneKey: String? { doc.person.phone.flatMap { try? PhoneNumber.parse($0).matchKey } }
}

/// Loads the corpus into a new SQLite database as registration would have stored it, without text indexes
/// (one transaction, prepared statements, each petition encoded as it is written), plus the plain
/// `bench_text` table the substring scan reads.
public func loadSQLite(_ corpus: Corpus, path: String) throws {
    let store = try SQLiteStore(path: path)
    try store.close()
    var config = Configuration()
    config.prepareDatabase { db in
        try db.execute(sql: "PRAGMA synchronous = OFF; PRAGMA cache_size = -400000; PRAGMA temp_store = MEMORY")
    }
    let queue = try DatabaseQueue(path: path, configuration: config)
    defer { try? queue.close() }
    let encoder = LoadedPetition.encoder
    try queue.write { db in
        try db.execute(sql: "CREATE TABLE bench_text (id INTEGER PRIMARY KEY, title TEXT, content TEXT, demands TEXT, names TEXT)")
        let matter = try db.makeStatement(sql: "INSERT INTO matters (id, created_at) VALUES (?, 0)")
        let petition = try db.makeStatement(sql: """
            INSERT INTO petitions (id, number, query_code, matter_id, channel, purpose, category_code, locality_unit_id, people_count, title,
                received_at, received_on, registered_at, registered_unit_id, registration, state, status, version, updated_at)
            VALUES (?, ?, 'X', ?, ?, 'demand', ?, 1, ?, ?, ?, ?, ?, 1, ?, 'registered', ?, 1, 0)
            """)
        let person = try db.makeStatement(sql: "INSERT INTO petitioners (petition_id, position, name, id_number, phone) VALUES (?, 0, ?, ?, ?)")
        let text = try db.makeStatement(sql: "INSERT INTO bench_text (id, title, content, demands, names) VALUES (?, ?, ?, ?, ?)")
        for (i, d) in corpus.docs.enumerated() {
            let p = try LoadedPetition.make(i, d, count: corpus.docs.count, encoder: encoder)
            try matter.execute(arguments: [p.id])
            try petition.execute(arguments: [p.id, "XF-B-\(p.id)", p.id, d.channel.rawValue, d.category, d.peopleCount, d.title,
                                             p.at.timeIntervalSince1970, p.day.iso, p.at.timeIntervalSince1970, p.registration, p.status])
            try person.execute(arguments: [p.id, d.person.name, d.person.idNumber, p.phoneKey])
            try text.execute(arguments: [p.id, d.title, d.content, d.demands, d.person.name])
        }
    }
}
