/** One example for a logistic model: the names of the features it has, and whether it is a case. */
export interface Example {
  features: string[];
  positive: boolean;
}

export interface LogisticWeights {
  bias: number;
  weights: Record<string, number>;
}

export interface TrainingSettings {
  /** passes over the examples */
  epochs: number;
  /** L2 penalty per example: keeps rare features (a bigram seen once) from deciding alone */
  l2: number;
  rate: number;
}

const DEFAULTS: TrainingSettings = { epochs: 10, l2: 1e-3, rate: 0.1 };

/**
 * Logistic regression by stochastic gradient descent with AdaGrad steps, over binary features.
 * Deterministic: the examples are visited in an order drawn from a fixed seed, so the same
 * examples always give the same weights (a model file that changes means the data changed).
 */
export function trainLogistic(examples: Example[], settings: Partial<TrainingSettings> = {}): LogisticWeights {
  const { epochs, l2, rate } = { ...DEFAULTS, ...settings };
  const weights = new Map<string, number>();
  const squares = new Map<string, number>();
  let bias = 0;
  let biasSquares = 0;
  const order = examples.map((_, k) => k);
  const random = seeded(20261203);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    for (const index of order) {
      const { features, positive } = examples[index];
      const z = features.reduce((sum, f) => sum + (weights.get(f) ?? 0), bias);
      const error = 1 / (1 + Math.exp(-z)) - (positive ? 1 : 0);
      biasSquares += error * error;
      bias -= (rate * error) / Math.sqrt(biasSquares + 1e-8);
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        const gradient = error + l2 * w;
        const g2 = (squares.get(f) ?? 0) + gradient * gradient;
        squares.set(f, g2);
        weights.set(f, w - (rate * gradient) / Math.sqrt(g2 + 1e-8));
      }
    }
  }
  return { bias, weights: Object.fromEntries([...weights].filter(([, w]) => Math.abs(w) >= 1e-3).sort(([a], [b]) => a.localeCompare(b)).map(([f, w]) => [f, Math.round(w * 1e4) / 1e4])) };
}

/** The probability the weights give that an example with these features is a case. */
export function probability(model: LogisticWeights, features: string[]): number {
  const z = features.reduce((sum, f) => sum + (model.weights[f] ?? 0), model.bias);
  return 1 / (1 + Math.exp(-z));
}

/** A small seeded generator (mulberry32): the same sequence on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
