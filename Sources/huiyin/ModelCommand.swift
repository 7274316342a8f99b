import ArgumentParser
import Foundation
import HuiyinDomain
import HuiyinStore
import HuiyinText

/// `huiyin model`: the text models — the category classifier and the text indexes.
struct ModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model", abstract: "Retrain the category classifier and rebuild the text indexes.",
        subcommands: [Retrain.self])

    struct Retrain: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Retrain the category classifier from the taxonomy and the categorised petitions.",
            discussion: """
                Trains on the taxonomy's own names and the newest \(TextService.trainingLimit) categorised petitions and
                stores the model, which every server instance then loads. The server also retrains by itself as
                categorised petitions grow (text settings retrainGrowth / retrainMinimumNew).
                With --reindex it first rebuilds the search index, the near-duplicate bands and the risk signals of
                every petition (needed after changing shingle size, permutations or bands, or the risk lexicon).
                Example: huiyin model retrain --database huiyin.sqlite --reindex
                """)

        @OptionGroup var db: DatabaseOptions
        @Option(help: "automatic, linearSVM or complementNaiveBayes.") var algorithm: String = "automatic"
        @Flag(help: "Rebuild the search index, near-duplicate bands and risk signals first.") var reindex = false

        func validate() throws {
            guard CategoryClassifier.Algorithm(rawValue: algorithm) != nil else {
                throw ValidationError("未知算法 \(algorithm)；可用：\(CategoryClassifier.Algorithm.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() async throws {
            let database = try await CommandDatabase.open(db.database)
            defer { database.close() }
            guard let store = database.store as? any TextStore else {
                throw ValidationError("此数据库不支持文本功能 / this database has no text store: \(database.location)")
            }
            if reindex {
                let started = Date()
                let n = try await store.rebuildTextIndex()
                print(String(format: "已重建检索索引、近似重复分带和风险提示：%d 件，%.1f 秒 / reindexed %d petitions in %.1f s",
                             n, Date().timeIntervalSince(started), n, Date().timeIntervalSince(started)))
            }
            let configuration = ConfigurationHolder(try await CountyConfiguration.load(from: database.store))
            let service = TextService(store: store, configuration: configuration, clock: SystemClock())
            let r = try await service.retrain(algorithm: CategoryClassifier.Algorithm(rawValue: algorithm)!)
            print(String(format: "分类模型已训练 / classifier trained: %@，%d 件信访件 + %d 条分类名称，%d 个分类，%.1f 秒",
                         r.algorithm.rawValue, r.examples, r.seedExamples, r.categories, r.seconds))
        }
    }
}
