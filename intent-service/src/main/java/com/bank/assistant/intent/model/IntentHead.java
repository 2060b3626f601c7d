package com.bank.assistant.intent.model;

/**
 * What turns a text's features into one logit per intent: one liblinear head, or several
 * averaged ({@link EnsembleHead}).
 */
interface IntentHead {

	/** The head's kind: {@code lr}, {@code svm}, {@code cs}, or several joined with +. */
	String name();

	/** One logit per class, in class-index order. */
	double[] logits(SparseVector vector);

}
