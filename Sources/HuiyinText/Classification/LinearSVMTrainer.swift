/// One-vs-rest L2-regularised L2-loss (squared hinge) linear SVM, trained in the dual by coordinate
/// descent (Hsieh et al. 2008, the LIBLINEAR default). The bias is an extra constant feature.
enum LinearSVMTrainer {
    static func train(xs: [SparseVector], ys: [Int], classes: Int, features: Int, c: Double, maxEpochs: Int,
                      tolerance: Double = 0.01) -> CategoryClassifier.Weights {
        let n = xs.count
        let d = 1 / (2 * c)
        var qii = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var s = 1.0 // the bias feature
            for v in xs[i].values { s += Double(v * v) }
            qii[i] = s + d
        }
        var weights = [[Float]](repeating: [], count: classes)
        var biases = [Float](repeating: 0, count: classes)
        var order = Array(0..<n)
        for cls in 0..<classes {
            var w = [Double](repeating: 0, count: features)
            var b = 0.0
            var alpha = [Double](repeating: 0, count: n)
            var rng: UInt64 = 0x5EED_0000 &+ UInt64(cls)
            for _ in 0..<maxEpochs {
                // Fisher–Yates with a fixed seed: training is deterministic.
                for i in stride(from: n - 1, to: 0, by: -1) {
                    let j = Int(MinHasher.splitMix(&rng) % UInt64(i + 1))
                    order.swapAt(i, j)
                }
                var pgMax = -Double.infinity, pgMin = Double.infinity
                for i in order {
                    let x = xs[i]
                    let y: Double = ys[i] == cls ? 1 : -1
                    var dot = b
                    for k in x.indices.indices { dot += w[Int(x.indices[k])] * Double(x.values[k]) }
                    let g = y * dot - 1 + d * alpha[i]
                    let pg = alpha[i] == 0 ? min(g, 0) : g
                    pgMax = max(pgMax, pg)
                    pgMin = min(pgMin, pg)
                    if pg != 0 {
                        let old = alpha[i]
                        alpha[i] = max(old - g / qii[i], 0)
                        let delta = (alpha[i] - old) * y
                        if delta != 0 {
                            for k in x.indices.indices { w[Int(x.indices[k])] += delta * Double(x.values[k]) }
                            b += delta
                        }
                    }
                }
                if pgMax - pgMin < tolerance { break }
            }
            weights[cls] = w.map { Float($0) }
            biases[cls] = Float(b)
        }
        var start: [Int32] = [0]
        var cls: [Int32] = []
        var weight: [Float] = []
        start.reserveCapacity(features + 1)
        for f in 0..<features {
            for c in 0..<classes where weights[c][f] != 0 {
                cls.append(Int32(c))
                weight.append(weights[c][f])
            }
            start.append(Int32(cls.count))
        }
        return .init(start: start, cls: cls, weight: weight, bias: biases,
                     lengthWeight: [Float](repeating: 0, count: classes))
    }
}

/// Complement naive Bayes over TF-IDF features (Rennie et al. 2003): each category is scored by how badly
/// the *other* categories explain the text, which copes with unbalanced categories. Only the (feature,
/// category) pairs seen in training are stored; the rest of each category's weights is one constant.
enum NaiveBayesTrainer {
    static func train(xs: [SparseVector], ys: [Int], classes: Int, features: Int, alpha: Double) -> CategoryClassifier.Weights {
        var perFeature = [[Int32: Double]](repeating: [:], count: features)
        var total = [Double](repeating: 0, count: features)
        var perClass = [Double](repeating: 0, count: classes)
        for (x, y) in zip(xs, ys) {
            for k in x.indices.indices {
                let f = Int(x.indices[k]), v = Double(x.values[k])
                perFeature[f][Int32(y), default: 0] += v
                total[f] += v
                perClass[y] += v
            }
        }
        let all = perClass.reduce(0, +)
        var start: [Int32] = [0]
        var cls: [Int32] = []
        var weight: [Float] = []
        for f in 0..<features {
            for (c, n) in perFeature[f].sorted(by: { $0.key < $1.key }) {
                cls.append(c)
                weight.append(Float(naturalLog(alpha + total[f]) - naturalLog(alpha + total[f] - n)))
            }
            start.append(Int32(cls.count))
        }
        let v = Double(features)
        return .init(start: start, cls: cls, weight: weight, bias: [Float](repeating: 0, count: classes),
                     lengthWeight: perClass.map { Float(naturalLog(alpha * v + all - $0)) })
    }
}
