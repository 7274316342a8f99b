import Foundation
import HuiyinDomain
import HuiyinStore
import Logging

/// Delivers outbox messages as log lines (one per message). SMS and e-mail senders conform to
/// ``NotificationSender`` the same way.
public struct LogNotificationSender: NotificationSender {
    let logger: Logger

    public init(logger: Logger) { self.logger = logger }

    public func send(_ message: OutboxMessage) async throws {
        let to = switch message.recipient {
        case .unit(let id): "unit:\(id)"
        case .user(let id): "user:\(id)"
        }
        logger.info("outbox message", metadata: [
            "to": "\(to)", "name": "\(message.recipientName)", "petition": "\(message.petitionID.map(String.init) ?? "")",
            "subject": "\(message.subject)", "body": "\(message.body)",
        ])
    }
}

/// The background deadline sweep: every `interval` it tries to claim today's run (the lease row makes it
/// run once a day across every instance on the same database), scans the backlog, then delivers the outbox.
public struct DeadlineSweepJob: Sendable {
    let sweeps: DeadlineSweepService
    let supervision: SupervisionService
    let sender: any NotificationSender
    let holder: String
    let interval: Duration
    let logger: Logger

    public init(services: HuiyinServices, sender: any NotificationSender, interval: Duration = .seconds(600), logger: Logger) {
        sweeps = DeadlineSweepService(petitions: services.petitions)
        supervision = SupervisionService(petitions: services.petitions)
        self.sender = sender
        holder = "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        self.interval = interval
        self.logger = logger
    }

    /// One tick: the day's sweep if due here, then delivery of whatever is pending.
    public func tick() async {
        do {
            let outcome = try await sweeps.runIfDue(holder: holder)
            if outcome.ran {
                let added = try await supervision.scanBacklog()
                logger.info("deadline sweep", metadata: [
                    "day": "\(outcome.day.iso)", "warnings": "\(outcome.warnings)", "messages": "\(outcome.messages)",
                    "backlogAdded": "\(added)",
                ])
            }
            try await sweeps.deliver(through: sender)
        } catch {
            logger.error("deadline sweep failed", metadata: ["error": "\(String(reflecting: error))"])
        }
    }

    /// Ticks until cancelled.
    public func run() async {
        while !Task.isCancelled {
            await tick()
            try? await Task.sleep(for: interval)
        }
    }
}
