package com.bank.assistant.intent.model;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * A linear classifier (liblinear: one-vs-rest logistic regression or L2-loss support
 * vector machine, dual solvers, or Crammer and Singer's multi-class machine) whose
 * decision values are the logits that temperature scaling turns into probabilities.
 */
final class LinearHead implements IntentHead {

	private static final double BIAS = 1.0;

	/**
	 * The seed of liblinear's random order of the dual coordinates, fresh for every fit:
	 * a model is a function of its data and settings only, whatever was trained before it
	 * or beside it.
	 */
	private static final long SEED = 0;

	private final String name;

	private final int classes;

	private final int dimension;

	private final double[] weights;

	private final int[] classOfColumn;

	private final int columns;

	private LinearHead(String name, Model model, int classes, int dimension) {
		this.name = name;
		this.classes = classes;
		this.dimension = dimension;
		this.weights = model.getFeatureWeights();
		// one column per class, or one for both of two classes (but Crammer-Singer's)
		this.columns = this.weights.length / (dimension + 1);
		this.classOfColumn = model.getLabels();
	}

	static {
		Linear.disableDebugOutput();
	}

	/** Fits the head on these vectors (features from 0) and class indices. */
	static LinearHead train(List<SparseVector> vectors, int[] labels, int classes, int dimension, String head,
			double cost) {
		Problem problem = new Problem();
		problem.l = vectors.size();
		problem.n = dimension + 1;
		problem.bias = BIAS;
		problem.x = new Feature[vectors.size()][];
		problem.y = new double[vectors.size()];
		for (int i = 0; i < vectors.size(); i++) {
			problem.x[i] = nodes(vectors.get(i), dimension);
			problem.y[i] = labels[i];
		}
		Parameter parameter = new Parameter(solver(head), cost, 0.1);
		parameter.setRandom(new Random(SEED));
		return new LinearHead(head, Linear.train(problem, parameter), classes, dimension);
	}

	/**
	 * The heads a setting names: one kind ({@code lr}, {@code svm}, {@code cs}) or
	 * several joined with {@code +}, each optionally with its own C after a colon
	 * ({@code lr:10+svm:1}); without one, {@code cost}.
	 */
	static List<Spec> specs(String heads, double cost) {
		return Arrays.stream(heads.split("\\+")).map((head) -> {
			String[] parts = head.split(":", 2);
			solver(parts[0]);
			return new Spec(parts[0], (parts.length == 2) ? Double.parseDouble(parts[1]) : cost);
		}).toList();
	}

	/** The head's kind: {@code lr}, {@code svm} or {@code cs}. */
	@Override
	public String name() {
		return this.name;
	}

	/**
	 * One logit per class, in class-index order; a class the training data lacked scores
	 * very low.
	 */
	@Override
	public double[] logits(SparseVector vector) {
		double[] logits = new double[this.classes];
		Arrays.fill(logits, -30.0);
		double[] columnScores = new double[this.columns];
		for (int i = 0; i < vector.size(); i++) {
			int feature = vector.indices()[i];
			if (feature < this.dimension) {
				add(columnScores, feature, vector.values()[i]);
			}
		}
		add(columnScores, this.dimension, BIAS);
		if (this.columns == 1) {
			logits[this.classOfColumn[0]] = columnScores[0];
			logits[this.classOfColumn[1]] = -columnScores[0];
		}
		else {
			for (int column = 0; column < this.columns; column++) {
				logits[this.classOfColumn[column]] = columnScores[column];
			}
		}
		return logits;
	}

	private void add(double[] scores, int feature, double value) {
		int offset = feature * this.columns;
		for (int column = 0; column < this.columns; column++) {
			scores[column] += this.weights[offset + column] * value;
		}
	}

	private static SolverType solver(String head) {
		return switch (head) {
			case "lr" -> SolverType.L2R_LR_DUAL;
			case "svm" -> SolverType.L2R_L2LOSS_SVC_DUAL;
			case "cs" -> SolverType.MCSVM_CS;
			default -> throw new IllegalArgumentException("Unknown head " + head);
		};
	}

	/**
	 * One head to train: its kind and its C.
	 *
	 * @param kind {@code lr}, {@code svm} or {@code cs}
	 * @param cost liblinear's C
	 */
	record Spec(String kind, double cost) {

	}

	private static Feature[] nodes(SparseVector vector, int dimension) {
		Feature[] nodes = new Feature[vector.size() + 1];
		for (int i = 0; i < vector.size(); i++) {
			nodes[i] = new FeatureNode(vector.indices()[i] + 1, vector.values()[i]);
		}
		nodes[vector.size()] = new FeatureNode(dimension + 1, BIAS);
		return nodes;
	}

}
