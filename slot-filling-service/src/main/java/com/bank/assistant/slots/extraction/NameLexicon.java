package com.bank.assistant.slots.extraction;

import java.util.Set;

/**
 * Words that are never a recipient's name, folded: prepositions, articles, pronouns,
 * titles, the verbs of a transfer, greetings, the words of the other slots and of a
 * correction.
 */
final class NameLexicon {

	private static final Set<String> FUNCTION_WORDS = Set.of("pra", "pro", "pras", "pros", "para", "p", "o", "a", "os",
			"as", "de", "do", "da", "dos", "das", "no", "na", "nos", "nas", "em", "e", "ou", "com", "por", "que", "to",
			"the", "for", "on", "at", "in", "of", "and", "or", "with", "by", "from", "via", "um", "uma", "an", "is",
			"it", "its", "this", "that", "be", "can", "could", "would", "does", "please", "favor", "pf", "pfv",
			"porfavor", "agora", "now", "ja", "so", "just", "also", "tambem", "mais", "more", "cedo", "tarde", "noite",
			"manha", "morning", "tonight", "later", "depois", "antes", "quanto", "quantos", "how", "much", "what",
			"qual", "ser", "pode", "aqui", "here", "la", "entao", "who", "whom", "which", "where", "when", "why",
			"quem", "onde", "quando", "porque");

	private static final Set<String> PEOPLE_WORDS = Set.of("eu", "ele", "ela", "eles", "elas", "voce", "vc", "voces",
			"mim", "me", "te", "ti", "lhe", "dele", "dela", "meu", "minha", "meus", "minhas", "seu", "sua", "nosso",
			"nossa", "i", "you", "he", "she", "him", "her", "them", "they", "we", "us", "my", "your", "his", "our",
			"their", "someone", "alguem", "pessoa", "person", "friend", "amigo", "amiga", "tia", "tio", "dona", "sr",
			"sra", "srta", "senhor", "senhora", "dr", "dra", "mr", "mrs", "ms", "miss", "mister", "contato", "contact");

	private static final Set<String> TASK_WORDS = Set.of("manda", "mande", "mandar", "mandei", "envia", "envie",
			"enviar", "transfere", "transfira", "transferir", "transferencia", "transfer", "paga", "pague", "pagar",
			"pagamento", "pix", "faz", "faca", "fazer", "fazendo", "quero", "queria", "gostaria", "preciso", "agenda",
			"agende", "agendar", "agendamento", "passa", "passar", "deposita", "send", "pay", "wire", "transfers",
			"want", "wanna", "need", "like", "make", "schedule", "money", "dinheiro", "grana", "valor", "amount",
			"chave", "key", "cpf", "cnpj", "celular", "cel", "telefone", "fone", "phone", "mobile", "numero", "number",
			"email", "mail", "aleatoria", "random", "conta", "account", "banco", "bank", "saldo", "balance", "sim",
			"nao", "ok", "okay", "yes", "no", "nope", "yeah", "oi", "ola", "hi", "hello", "hey", "bom", "boa", "dia",
			"obrigado", "obrigada", "valeu", "thanks", "thank", "tchau", "bye", "cancela", "cancel", "ajuda", "help",
			"tudo", "bem", "parcela", "aluguel", "boleto", "fatura", "rent", "bill", "invoice", "zap", "whatsapp",
			"urgente", "rapido", "logo", "asap", "isso", "esse", "essa", "este", "esta", "mesmo", "certo", "right",
			"it's", "i'm", "ai", "recebe", "receber", "recebedor", "destinatario", "get", "gets", "receive", "receives",
			"recipient");

	private static final Set<String> SLOT_WORDS = Set.of("reais", "real", "conto", "contos", "pila", "pilas", "pau",
			"paus", "brl", "usd", "eur", "dolar", "dolares", "dollar", "dollars", "bucks", "buck", "euro", "euros",
			"centavos", "centavo", "cents", "cent", "hoje", "amanha", "today", "tomorrow", "semana", "week", "vem",
			"proxima", "proximo", "next", "day", "after", "segunda", "terca", "quarta", "quinta", "sexta", "sabado",
			"domingo", "feira", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mes",
			"month", "k");

	/**
	 * Words of a correction or a hesitation: "na verdade 30", "actually make it 12.50",
	 * "aliás, pro João".
	 */
	private static final Set<String> CORRECTION_WORDS = Set.of("verdade", "alias", "digo", "ops", "opa", "errei",
			"erro", "corrige", "corrigir", "muda", "mudar", "troca", "trocar", "melhor", "espera", "perai", "hmm",
			"hum", "ah", "actually", "instead", "wait", "oops", "sorry", "change", "correction", "rather", "mean",
			"meant", "well", "oh", "uh");

	private NameLexicon() {
	}

	/** Whether a folded word can be (part of) a name. */
	static boolean canBeName(String folded) {
		return !FUNCTION_WORDS.contains(folded) && !PEOPLE_WORDS.contains(folded) && !TASK_WORDS.contains(folded)
				&& !SLOT_WORDS.contains(folded) && !CORRECTION_WORDS.contains(folded)
				&& !NumberWords.isNumberWord(folded);
	}

	/** Whether a folded word introduces the recipient: "pra", "pro", "para", "to". */
	static boolean introducesRecipient(String folded) {
		return folded.equals("pra") || folded.equals("pro") || folded.equals("para") || folded.equals("p")
				|| folded.equals("to") || folded.equals("pros") || folded.equals("pras");
	}

}
