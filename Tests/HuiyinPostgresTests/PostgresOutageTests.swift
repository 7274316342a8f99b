import Foundation
import HuiyinDomain
@testable import HuiyinPostgres
import HuiyinStore
import Testing

/// Connection faults (issue 6 §6): PostgreSQL crashes and comes back while petitions are being registered.
@Suite("PostgreSQL outage", .enabled(if: Engine.postgresURL != nil, Engine.postgresSkipMessage))
struct PostgresOutageTests {
    @Test("a crash and restart under a write load: every acknowledged write is kept, failures meanwhile say 'unavailable', writes resume on the same store")
    func restartUnderLoad() async throws {
        let server = try await ThrowawayPostgres.start()
        do {
            try await restartUnderLoad(server)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    func restartUnderLoad(_ server: ThrowawayPostgres) async throws {
        let settings = {
            var s = PostgresConnectionSettings()
            s.leaseWait = .seconds(2)
            s.leaseWaitWhileDown = .milliseconds(200)
            return s
        }()
        let engine = Engine(description: "throwaway PostgreSQL") {
            let store = try await PostgresStore.open(server.url, settings: settings)
            return Engine.OpenStore(store: store) { store.close() }
        }
        let fixture = try await ConformanceFixture(engine)
        let log = WriteLog()

        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    var n = 0
                    while !log.stopped && !Task.isCancelled {
                        n += 1
                        let title = "写入测试\(writer)-\(n)"
                        let started = ContinuousClock.now
                        do {
                            let registered = try await fixture.register(title)
                            log.acknowledged(id: registered.record.id, title: title)
                        } catch {
                            log.failed(error, after: ContinuousClock.now - started)
                            try? await Task.sleep(for: .milliseconds(20))
                        }
                    }
                }
            }
            try await log.wait(upTo: .seconds(60)) { $0.acks.count >= 20 }
            try await server.crash()
            let crashedAt = ContinuousClock.now
            log.mark(.down)
            try await Task.sleep(for: .seconds(2))
            try await server.resume()
            log.mark(.up)
            let resumedAt = ContinuousClock.now
            try await log.wait(upTo: .seconds(90)) { $0.acksSinceResume >= 20 }
            let firstAckAfter = log.firstAckSinceResume.map { $0 - resumedAt }
            log.stop()
            try await group.waitForAll()
            print("""
                outage test: \(log.acks.count) writes acknowledged (\(log.acksSinceResume) after the restart), \
                \(log.failures.count) failed while down; slowest failure \(log.slowestFailure); \
                outage \(resumedAt - crashedAt); first acknowledged write \(firstAckAfter.map { "\($0)" } ?? "–") after the restart
                """)
        }

        // Writes failed during the outage, and each failure said the database was unavailable.
        #expect(!log.failures.isEmpty)
        let unclear = log.failures.filter { !($0 is any DatabaseUnavailable) }
        #expect(unclear.isEmpty, "failures that were not 'unavailable': \(unclear.prefix(3))")
        // The same store wrote again after the restart (the pool reconnected by itself).
        #expect(log.acksSinceResume >= 20)
        // Every acknowledged write is in the database, as acknowledged.
        for (id, title) in log.acks {
            let stored = try await fixture.store.petition(id: id)
            #expect(stored?.record.registration.title == title, "acknowledged petition \(id) (\(title)) is missing")
        }
        await fixture.cleanup()
    }
}

/// What the writers saw, shared between them and the test.
final class WriteLog: @unchecked Sendable {
    enum Phase { case up, down }
    private let lock = NSLock()
    private var _acks: [(PetitionRecord.ID, String)] = []
    private var _failures: [any Error] = []
    private var _stopped = false
    private var phase = Phase.up
    private var resumed = false
    private(set) var _acksSinceResume = 0
    private var _firstAckSinceResume: ContinuousClock.Instant?
    private var _slowest: Duration = .zero

    private func locked<T>(_ body: () -> T) -> T { lock.lock(); defer { lock.unlock() }; return body() }

    func acknowledged(id: PetitionRecord.ID, title: String) {
        locked {
            _acks.append((id, title))
            if resumed {
                _acksSinceResume += 1
                if _firstAckSinceResume == nil { _firstAckSinceResume = .now }
            }
        }
    }

    func failed(_ error: any Error, after: Duration) {
        locked {
            _failures.append(error)
            _slowest = max(_slowest, after)
        }
    }

    func mark(_ p: Phase) { locked { phase = p; if p == .up { resumed = true } } }
    func stop() { locked { _stopped = true } }
    var stopped: Bool { locked { _stopped } }
    var acks: [(PetitionRecord.ID, String)] { locked { _acks } }
    var failures: [any Error] { locked { _failures } }
    var acksSinceResume: Int { locked { _acksSinceResume } }
    var firstAckSinceResume: ContinuousClock.Instant? { locked { _firstAckSinceResume } }
    var slowestFailure: Duration { locked { _slowest } }

    /// Waits until `condition` holds, failing after `limit` (a hang is a failure, not a timing claim).
    func wait(upTo limit: Duration, _ condition: (WriteLog) -> Bool) async throws {
        let deadline = ContinuousClock.now + limit
        while !condition(self) {
            guard ContinuousClock.now < deadline else {
                stop()
                throw WaitedTooLong(description: "waited \(limit): \(acks.count) acknowledged, \(failures.count) failed")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    struct WaitedTooLong: Error, CustomStringConvertible { var description: String }
}
