package com.bank.assistant.nlu.cli;

import java.io.IOException;
import java.util.Arrays;

/** {@code bin/nlu predict | train-eval | cv | score}; see the module README. */
public final class NluMain {

	private static final String USAGE = """
			usage: bin/nlu predict [--in FILE] [--out FILE]
			       bin/nlu train-eval --train TRAIN.csv --test TEST.csv --out PRED.csv
			       bin/nlu cv [--train TRAIN.csv] [--folds 5] [--out DIR]   (no --train: the intent catalog)
			       bin/nlu score --in HELDOUT.jsonl   (lines with an expected "intent")
			""";

	private NluMain() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 0) {
			fail(USAGE);
		}
		Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
		switch (args[0]) {
			case "predict" -> new PredictCommand(Nlu.production()).run(options);
			case "train-eval" -> TrainEvalCommand.run(options);
			case "cv" -> CrossValidationCommand.run(options);
			case "score" -> ScoreCommand.run(options);
			default -> fail(USAGE);
		}
	}

	static void fail(String message) {
		System.err.print(message.endsWith("\n") ? message : message + "\n");
		System.exit(2);
	}

}
