package com.bank.assistant.intent.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.bank.assistant.contracts.event.IntentScore;

/**
 * INTERIM intent model: ordered keyword rules in both languages, until the trained model
 * of the intent issue replaces it. Its confidences are fixed per rule, not calibrated.
 */
public final class KeywordIntentClassifier implements IntentClassifier {

	private static final Pattern MONEY_OR_DATE = Pattern
		.compile("\\d|\\br\\$|\\breais?\\b|\\bconto|\\bpila|\\bbrl\\b|\\bbucks?\\b|\\bdollars?\\b|\\bhoje\\b"
				+ "|\\bamanha\\b|\\btoday\\b|\\btomorrow\\b|\\bdia \\d");

	private static final int SHORT_ANSWER_WORDS = 4;

	private final LocaleDetector locales = new LocaleDetector();

	private final List<IntentRule> rules = List.of(
			rule("cancel", 0.95,
					"\\b(cancela\\w*|cancele|desisto|esquece|deixa pra la|cancel|never ?mind|forget it)\\b"),
			rule("human_handoff", 0.9,
					"\\b(atendente|humano|pessoa de verdade|gerente|human|agent|representative|real person)\\b"),
			rule("affirm", 0.95,
					"^(sim|s|pode|pode mandar|pode enviar|confirmo|confirma|confirmar|isso|isso mesmo|ok"
							+ "|okay|beleza|claro|manda ver|yes|y|yeah|yep|sure|go ahead|confirm|do it|correct)\\W*$"),
			rule("deny", 0.9, "^(nao|n|negativo|errado|nope|no|nah|wrong)\\b(?!.*\\d)"),
			rule("check_balance", 0.9, "\\b(saldo|quanto (eu )?tenho|balance|how much (money )?do i have)\\b"),
			rule("list_transactions", 0.9,
					"\\b(extrato|transacoes|movimentacoes|ultimas transferencias|statement|transactions|history)\\b"),
			rule("pix_transfer", 0.9, "\\b(transf\\w*|mand[ae]r?|envi[ae]r?|pix|pag[ae]r?|send|pay|wire)\\b"),
			rule("help", 0.85, "(o que voce (faz|pode)|\\bajuda\\b|como funciona|\\bhelp\\b|what can you do)"),
			rule("thanks", 0.9, "\\b(obrigad[oa]|valeu|brigad[oa]|thanks|thank you|thx)\\b"),
			rule("goodbye", 0.9, "\\b(tchau|ate logo|ate mais|bye|goodbye|see you)\\b"), rule("greet", 0.9,
					"^(oi|ola|bom dia|boa tarde|boa noite|e ai|hey|hi|hello|good (morning|afternoon|evening))\\b"));

	@Override
	public String name() {
		return "interim-keyword-rules";
	}

	@Override
	public String version() {
		return "interim-1";
	}

	@Override
	public Classification classify(String text, String locale) {
		String folded = LocaleDetector.fold(text).strip();
		List<IntentScore> matches = new ArrayList<>();
		for (IntentRule rule : this.rules) {
			if (rule.pattern().matcher(folded).find()) {
				matches.add(new IntentScore(rule.intent(), rule.confidence()));
			}
		}
		matches.add(fallback(folded));
		String language = (locale != null) ? locale : this.locales.detect(text);
		return new Classification(language, matches.get(0), alternatives(matches));
	}

	private static IntentScore fallback(String folded) {
		boolean shortAnswer = folded.split("\\s+").length <= SHORT_ANSWER_WORDS;
		if (MONEY_OR_DATE.matcher(folded).find() || shortAnswer) {
			return new IntentScore("inform", 0.6);
		}
		return new IntentScore("out_of_scope", 0.5);
	}

	private static List<IntentScore> alternatives(List<IntentScore> matches) {
		return matches.subList(1, Math.min(matches.size(), 3))
			.stream()
			.map((score) -> new IntentScore(score.intent(), Math.min(score.confidence(), 0.3)))
			.toList();
	}

	private static IntentRule rule(String intent, double confidence, String regex) {
		return new IntentRule(intent, confidence, Pattern.compile(regex));
	}

	private record IntentRule(String intent, double confidence, Pattern pattern) {
	}

}
