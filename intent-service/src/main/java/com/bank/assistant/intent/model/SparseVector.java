package com.bank.assistant.intent.model;

/**
 * Feature indices (ascending, from 0) and their values.
 *
 * @param indices the non-zero features
 * @param values their values
 */
record SparseVector(int[] indices, double[] values) {

	int size() {
		return this.indices.length;
	}

}
