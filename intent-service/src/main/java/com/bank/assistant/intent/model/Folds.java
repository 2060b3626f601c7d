package com.bank.assistant.intent.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import com.bank.assistant.catalog.LabeledExample;

/**
 * Stratified folds: the examples of each intent are dealt round-robin, so every fold has
 * its share of every intent, and the split is the same on every run.
 */
final class Folds {

	private Folds() {
	}

	/** Indices of the examples held out in this fold. */
	static List<Integer> heldOut(List<LabeledExample> examples, int folds, int fold) {
		Map<String, Integer> seen = new HashMap<>();
		List<Integer> held = new ArrayList<>();
		for (int i = 0; i < examples.size(); i++) {
			int position = seen.merge(examples.get(i).intent(), 1, Integer::sum) - 1;
			if (position % folds == fold) {
				held.add(i);
			}
		}
		return held;
	}

	/** The examples not at these indices. */
	static List<LabeledExample> without(List<LabeledExample> examples, List<Integer> held) {
		Set<Integer> out = new HashSet<>(held);
		return IntStream.range(0, examples.size()).filter((i) -> !out.contains(i)).mapToObj(examples::get).toList();
	}

}
