/// A text with the category staff gave it: one training example.
public struct LabelledText: Sendable, Hashable {
    public var text: String
    public var label: String

    public init(_ text: String, label: String) {
        self.text = text
        self.label = label
    }
}

/// One suggested category.
public struct CategoryPrediction: Sendable, Hashable, Codable {
    public var label: String
    /// Share of the model's belief among all categories (0…1, summing to 1 over all categories); a
    /// ranking aid, not a guarantee.
    public var confidence: Double
    public var score: Double

    public init(label: String, confidence: Double, score: Double = 0) {
        self.label = label
        self.confidence = confidence
        self.score = score
    }
}

/// A linear text classifier over character n-gram TF-IDF features: suggests the category of a new
/// petition from the ones staff categorised before.
///
/// Two training algorithms share one compact model (per feature, the weights of the categories that have
/// one; per category a bias and a weight on the text length):
/// - ``Algorithm/linearSVM``: one-vs-rest L2-regularised squared-hinge SVM solved by dual coordinate
///   descent (the LIBLINEAR method). The most accurate; training grows with categories × examples.
/// - ``Algorithm/complementNaiveBayes``: complement naive Bayes (Rennie et al. 2003). One pass over the
///   data; for many categories or very many examples.
/// ``Algorithm/automatic`` takes the SVM up to ``Options/svmLimit`` category × example pairs.
public struct CategoryClassifier: Sendable, Codable {
    public enum Algorithm: String, Sendable, Codable, CaseIterable {
        case automatic, linearSVM, complementNaiveBayes
    }

    public struct Options: Sendable, Hashable {
        public var algorithm: Algorithm = .automatic
        /// Longest character n-gram used as a feature.
        public var maxN: Int = 2
        /// Times the title is repeated in front of the body: titles say in few words what the matter is.
        public var titleWeight: Int = 2
        /// SVM regularisation: larger fits the training data more closely.
        public var c: Double = 1
        public var maxEpochs: Int = 60
        /// Above this many categories × examples ``Algorithm/automatic`` uses naive Bayes.
        public var svmLimit: Int = 1_000_000
        /// Complement naive Bayes smoothing.
        public var alpha: Double = 0.3

        public init() {}
    }

    public private(set) var labels: [String]
    public private(set) var algorithm: Algorithm
    public private(set) var exampleCount: Int
    let featurizer: TextFeaturizer
    let titleWeight: Int
    /// CSR-style postings: the weights of feature f are at postingStart[f]..<postingStart[f+1].
    let postingStart: [Int32]
    let postingClass: [Int32]
    let postingWeight: [Float]
    let bias: [Float]
    /// Multiplies the sum of the feature values (naive Bayes' per-category normaliser).
    let lengthWeight: [Float]
    /// Softmax temperature chosen on the training data.
    let scale: Double

    /// The text a petition is classified by: the title (repeated) and the body.
    public static func input(title: String, body: String, titleWeight: Int) -> [Unicode.Scalar] {
        var t: [Unicode.Scalar] = []
        let ft = TextFolding.fold(title)
        for _ in 0..<titleWeight { t += ft; t.append("\u{3000}") }
        return t + TextFolding.fold(body)
    }

    /// Trains on `examples` (title and body already joined by the caller or given separately with
    /// ``train(titled:options:)``).
    public static func train(_ examples: [LabelledText], options: Options = Options()) -> CategoryClassifier {
        train(folded: examples.map { (TextFolding.fold($0.text), $0.label) }, options: options)
    }

    /// Trains on (title, body, label) examples, weighting the title by ``Options/titleWeight``.
    public static func train(titled examples: [(title: String, body: String, label: String)], options: Options = Options()) -> CategoryClassifier {
        train(folded: examples.map { (input(title: $0.title, body: $0.body, titleWeight: options.titleWeight), $0.label) }, options: options)
    }

    static func train(folded examples: [([Unicode.Scalar], String)], options: Options) -> CategoryClassifier {
        let labels = Array(Set(examples.map(\.1))).sorted()
        let classOf = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, Int32($0)) })
        let featurizer = TextFeaturizer(folded: examples.map(\.0), maxN: options.maxN)
        let xs = examples.map { featurizer.vector(folded: $0.0) }
        let ys = examples.map { Int(classOf[$0.1]!) }
        var algorithm = options.algorithm
        if algorithm == .automatic {
            algorithm = labels.count * examples.count <= options.svmLimit ? .linearSVM : .complementNaiveBayes
        }
        let trained: Weights
        switch algorithm {
        case .linearSVM, .automatic:
            trained = LinearSVMTrainer.train(xs: xs, ys: ys, classes: labels.count, features: featurizer.featureCount,
                                             c: options.c, maxEpochs: options.maxEpochs)
        case .complementNaiveBayes:
            trained = NaiveBayesTrainer.train(xs: xs, ys: ys, classes: labels.count, features: featurizer.featureCount,
                                              alpha: options.alpha)
        }
        var model = CategoryClassifier(labels: labels, algorithm: algorithm, exampleCount: examples.count,
                                       featurizer: featurizer, titleWeight: options.titleWeight, weights: trained, scale: 1)
        model = model.withScale(Self.calibrate(model, xs: xs, ys: ys))
        return model
    }

    /// The `top` most likely categories of a petition.
    public func predict(title: String, body: String, top: Int = 3) -> [CategoryPrediction] {
        predict(vector: featurizer.vector(folded: Self.input(title: title, body: body, titleWeight: titleWeight)), top: top)
    }

    /// The `top` most likely categories of a text.
    public func predict(_ text: String, top: Int = 3) -> [CategoryPrediction] {
        predict(vector: featurizer.vector(text), top: top)
    }

    func predict(vector x: SparseVector, top: Int) -> [CategoryPrediction] {
        guard !labels.isEmpty else { return [] }
        let s = scores(x)
        let m = s.max() ?? 0
        var sum = 0.0
        let e = s.map { v -> Double in let z = exponential((v - m) * scale); sum += z; return z }
        return s.indices.sorted { s[$0] > s[$1] }.prefix(top).map {
            CategoryPrediction(label: labels[$0], confidence: e[$0] / sum, score: s[$0])
        }
    }

    func scores(_ x: SparseVector) -> [Double] {
        var s = bias.map(Double.init)
        var total: Float = 0
        for (k, f) in x.indices.enumerated() {
            let v = x.values[k]
            total += v
            let a = Int(postingStart[Int(f)]), b = Int(postingStart[Int(f) + 1])
            for p in a..<b { s[Int(postingClass[p])] += Double(v * postingWeight[p]) }
        }
        for c in s.indices { s[c] += Double(total * lengthWeight[c]) }
        return s
    }

    // MARK: - Construction

    struct Weights {
        /// Dense classes × features, or nil when postings are given directly.
        var start: [Int32]
        var cls: [Int32]
        var weight: [Float]
        var bias: [Float]
        var lengthWeight: [Float]
    }

    private init(labels: [String], algorithm: Algorithm, exampleCount: Int, featurizer: TextFeaturizer, titleWeight: Int,
                 weights: Weights, scale: Double) {
        self.labels = labels
        self.algorithm = algorithm
        self.exampleCount = exampleCount
        self.featurizer = featurizer
        self.titleWeight = titleWeight
        postingStart = weights.start
        postingClass = weights.cls
        postingWeight = weights.weight
        bias = weights.bias
        lengthWeight = weights.lengthWeight
        self.scale = scale
    }

    private func withScale(_ s: Double) -> CategoryClassifier {
        CategoryClassifier(labels: labels, algorithm: algorithm, exampleCount: exampleCount, featurizer: featurizer,
                           titleWeight: titleWeight,
                           weights: Weights(start: postingStart, cls: postingClass, weight: postingWeight, bias: bias,
                                            lengthWeight: lengthWeight), scale: s)
    }

    /// The softmax temperature that best explains the training labels (on a sample).
    private static func calibrate(_ model: CategoryClassifier, xs: [SparseVector], ys: [Int]) -> Double {
        let step = max(1, xs.count / 2000)
        let sample = stride(from: 0, to: xs.count, by: step).map { (model.scores(xs[$0]), ys[$0]) }
        var best = (scale: 1.0, loss: Double.infinity)
        for scale in [0.25, 0.5, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64] {
            var loss = 0.0
            for (s, y) in sample {
                let m = s.max() ?? 0
                var sum = 0.0
                for v in s { sum += exponential((v - m) * scale) }
                loss -= (s[y] - m) * scale - naturalLog(sum)
            }
            if loss < best.loss { best = (scale, loss) }
        }
        return best.scale
    }
}
