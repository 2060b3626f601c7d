package com.bank.assistant.transfer.dialog;

import java.util.List;

import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.event.TransferReceipt;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.transfer.ledger.Posting;
import com.bank.assistant.transfer.ledger.TransferOutcome;

/** What the assistant says in Brazilian Portuguese. */
final class PortuguesePhrases implements Phrases {

	static final Phrases INSTANCE = new PortuguesePhrases();

	private static String brl(Money money) {
		return MoneyFormat.format(money, Language.PT_BR);
	}

	@Override
	public String askAmount(String recipientName) {
		return (recipientName != null) ? "Quanto você quer enviar para " + recipientName + "?"
				: "Quanto você quer enviar?";
	}

	@Override
	public String askRecipient(Money amount) {
		return "Para quem você quer enviar " + brl(amount) + "?";
	}

	@Override
	public String askWhich(String name, List<String> candidates, Money amount) {
		String options = Wording.either(candidates, "ou");
		return (amount != null) ? "Para qual " + name + " você quer enviar " + brl(amount) + ": " + options + "?"
				: "Para qual " + name + " você quer enviar: " + options + "?";
	}

	@Override
	public String notFound(String name) {
		return "Não encontrei " + name + " nos seus contatos. Qual é a chave Pix de quem vai receber?";
	}

	@Override
	public String onlyReais() {
		return "Por enquanto só consigo enviar Pix em reais. Quanto você quer enviar, em reais?";
	}

	@Override
	public String confirm(Money amount, Recipient recipient, boolean scheduleDropped) {
		String to = Wording.keyOnly(recipient) ? "a chave " + recipient.pixKey()
				: recipient.name() + " (chave " + recipient.pixKey() + ")";
		String prefix = scheduleDropped ? "Ainda não consigo agendar um Pix, só enviar agora. " : "";
		return prefix + "Confirma o envio de " + brl(amount) + " para " + to + "?";
	}

	@Override
	public List<QuickReply> confirmButtons() {
		return List.of(new QuickReply("Confirmar", "sim"), new QuickReply("Cancelar", "cancela"));
	}

	@Override
	public String executed(TransferReceipt receipt) {
		return "Pronto! Enviei " + brl(receipt.amount()) + " para " + receipt.recipient().name()
				+ ". Seu saldo agora é " + brl(receipt.balanceAfter()) + ".";
	}

	@Override
	public String insufficientFunds(Money amount, Money balance) {
		return "Seu saldo de " + brl(balance) + " não é suficiente para enviar " + brl(amount)
				+ ". Nada foi enviado. Quanto você quer enviar?";
	}

	@Override
	public String refused(String reason) {
		return TransferOutcome.ACCOUNT_NOT_FOUND.equals(reason) ? noAccount() + " Nada foi enviado."
				: "Não consegui fazer essa transferência. Nada foi enviado.";
	}

	@Override
	public String nothingToConfirm() {
		return "Não há nada para confirmar agora. Quer fazer um Pix?";
	}

	@Override
	public String whatToChange() {
		return "Tudo bem, não enviei nada. O que você quer mudar: o valor ou quem recebe?";
	}

	@Override
	public String cancelled() {
		return "Transferência cancelada. Nenhum valor foi enviado.";
	}

	@Override
	public String nothingToCancel() {
		return "Não há nenhuma transferência em andamento para cancelar.";
	}

	@Override
	public String okWhatElse() {
		return "Tudo bem. Posso ajudar em mais alguma coisa?";
	}

	@Override
	public String balance(Money balance) {
		return "Seu saldo é " + brl(balance) + ".";
	}

	@Override
	public String noAccount() {
		return "Não encontrei uma conta em seu nome.";
	}

	@Override
	public String statement(List<Posting> postings) {
		return "Suas últimas movimentações:\n" + Wording.lines(postings, Language.PT_BR, "dd/MM HH:mm");
	}

	@Override
	public String emptyStatement() {
		return "Você ainda não tem movimentações.";
	}

}
