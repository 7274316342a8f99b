import Foundation
import HuiyinDomain

/// Delivers outbox messages. The server logs them; SMS or e-mail adapters conform later.
public protocol NotificationSender: Sendable {
    func send(_ message: OutboxMessage) async throws
}

/// The deadline sweep (期限预警) as a use case: finds the steps due soon or overdue, records each
/// warning once (bookkeeping and outbox in one transaction, then a system entry in the case history),
/// and delivers the outbox.
public struct DeadlineSweepService: Sendable {
    public static let jobName = "deadline-sweep"

    public let petitions: PetitionService

    public init(petitions: PetitionService) { self.petitions = petitions }

    var store: any HuiyinStore { petitions.store }

    /// What one run did.
    public struct Outcome: Sendable, Hashable {
        /// False when another instance had already run (or was running) this period.
        public var ran: Bool
        public var warnings = 0
        public var messages = 0
        /// New hotspots alerted by this run.
        public var hotspotAlerts = 0
        public var day: LocalDate

        public init(ran: Bool, day: LocalDate) {
            self.ran = ran
            self.day = day
        }
    }

    /// Runs today's sweep if no instance has run it yet and this one wins the lease (several instances
    /// may call this at once: exactly one runs).
    public func runIfDue(holder: String, leaseSeconds: Double = 900) async throws -> Outcome {
        let now = petitions.clock.now()
        let today = LocalDate.inChina(now)
        guard try await store.claimJob(Self.jobName, period: today.iso, holder: holder, now: now, leaseSeconds: leaseSeconds) else {
            return Outcome(ran: false, day: today)
        }
        var outcome = try await sweep()
        // The daily run also raises hotspot alerts (each hotspot once, so a rerun adds nothing).
        outcome.hotspotAlerts = try await HotspotService(petitions: petitions).alertNewHotspots()
        try await store.finishJob(Self.jobName, period: today.iso, holder: holder)
        return outcome
    }

    /// One sweep now, whatever was run before (warnings already recorded are not repeated).
    public func sweep() async throws -> Outcome {
        let now = petitions.clock.now()
        let today = LocalDate.inChina(now)
        let settings = try await store.supervisionSettings()
        let config = petitions.configuration.current
        let steps = try await store.openSteps(dueOnOrBefore: today.adding(days: settings.dueSoonDays))
        let warnings = DeadlineSweep.warnings(steps, today: today, soonDays: settings.dueSoonDays)
        let supervisors = try await store.users().filter { $0.role == .supervisor && $0.active }
        var outcome = Outcome(ran: true, day: today)
        for w in warnings {
            let text = w.message(on: today)
            let subject = "【\(w.level.chineseName)】\(w.step.number) \(w.step.title)"
            var messages: [OutboxMessage] = []
            if let unit = w.step.responsibleUnitID {
                messages.append(OutboxMessage(createdAt: now, recipient: .unit(unit), recipientName: config.units.unit(unit)?.name ?? "",
                                              petitionID: w.step.petitionID, subject: subject, body: text))
            }
            for s in supervisors {
                messages.append(OutboxMessage(createdAt: now, recipient: .user(s.id), recipientName: s.displayName,
                                              petitionID: w.step.petitionID, subject: subject, body: text))
            }
            // Bookkeeping first: a warning another process recorded meanwhile is skipped whole.
            guard try await store.recordWarning(petitionID: w.step.petitionID, state: w.step.state, due: w.step.due,
                                                level: w.level, messages: messages, at: now) else { continue }
            do {
                _ = try await petitions.act(.warnDeadline(step: w.step.stepName, due: w.step.due, level: w.level),
                                            on: w.step.petitionID, expectedVersion: nil, actor: .system)
            } catch is LifecycleError {
                // The step moved on between the read and now: the warning no longer applies to the case.
                continue
            } catch StoreError.staleVersion {
                _ = try? await petitions.act(.warnDeadline(step: w.step.stepName, due: w.step.due, level: w.level),
                                             on: w.step.petitionID, expectedVersion: nil, actor: .system)
            }
            outcome.warnings += 1
            outcome.messages += messages.count
        }
        return outcome
    }

    /// Sends pending outbox messages through `sender`; each is marked sent or failed. Returns the number sent.
    @discardableResult
    public func deliver(through sender: any NotificationSender, limit: Int = 500) async throws -> Int {
        var sent = 0
        for m in try await store.pendingOutbox(limit: limit) {
            guard let id = m.id else { continue }
            do {
                try await sender.send(m)
                try await store.markOutbox(id: id, sentAt: petitions.clock.now(), error: nil)
                sent += 1
            } catch {
                try await store.markOutbox(id: id, sentAt: nil, error: String(describing: error))
            }
        }
        return sent
    }
}
