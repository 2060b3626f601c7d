package com.bank.assistant.transfer.conversation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.EventTypes;
import com.bank.assistant.contracts.event.AssistantEvent;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.contracts.event.SlotValue;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.contracts.event.TransferEvent;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.transfer.TestClock;
import com.bank.assistant.transfer.dialog.DialogState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a customer with a balance, when they say something, expect a reply, a dialog
 * state, transfer events and money moved: each message goes through the real Kafka to the
 * running service, which keeps its state in the real Redis and its ledger in the real
 * PostgreSQL. Like slot-filling-service, the scenario carries the slot frame from message
 * to message and clears it when a transfer ends.
 */
final class DialogScenario implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final Set<String> TASK_OVER = Set.of("COMPLETED", "CANCELLED", "FAILED");

	/** The transaction PIN of every scenario's customer. */
	static final String PIN = "2468";

	private static final String PIN_HASH = new BCryptPasswordEncoder().encode(PIN);

	private final JdbcClient jdbc;

	private final CustomerId customer;

	private final KafkaConversation chat;

	private final Map<String, SlotValue> frame = new LinkedHashMap<>();

	private Envelope lastSent;

	private List<Envelope> turnEvents = List.of();

	private DialogScenario(JdbcClient jdbc, TestClock clock, CustomerId customer) {
		this.jdbc = jdbc;
		this.customer = customer;
		this.chat = new KafkaConversation(customer, clock);
	}

	/**
	 * A new customer with this balance, PIN {@link #PIN} and own key
	 * {@code <id>@example.com}.
	 */
	static DialogScenario givenCustomerWith(String balance, JdbcClient jdbc, TestClock clock) {
		CustomerId customer = new CustomerId("it-" + UUID.randomUUID().toString().substring(0, 8));
		jdbc.sql("INSERT INTO customers (id, name, pin_hash) VALUES (?, ?, ?)")
			.params(customer.value(), "Test " + customer.value(), PIN_HASH)
			.update();
		jdbc.sql("INSERT INTO accounts (id, customer_id, kind, currency, balance) VALUES (?, ?, 'CUSTOMER', 'BRL', ?)")
			.params(customer.value() + "-BRL", customer.value(), new BigDecimal(balance))
			.update();
		jdbc.sql("INSERT INTO customer_pix_keys (pix_key, customer_id) VALUES (?, ?)")
			.params(customer.value() + "@example.com", customer.value())
			.update();
		return new DialogScenario(jdbc, clock, customer);
	}

	/** The demo customer (PIN 1234), whose balance other tests must not rely on. */
	static DialogScenario givenDemoCustomer(JdbcClient jdbc, TestClock clock) {
		return new DialogScenario(jdbc, clock, new CustomerId("demo"));
	}

	/** Earlier messages, each answered before the next. */
	DialogScenario andSaid(Say... messages) {
		for (Say message : messages) {
			when(message);
		}
		return this;
	}

	/** The customer says this; the scenario waits for the reply it causes. */
	DialogScenario when(Say message) {
		SlotsUpdated data = message.after(this.frame);
		this.frame.clear();
		this.frame.putAll(data.frame());
		this.lastSent = this.chat.send(this.chat.understood(data));
		this.turnEvents = awaitReplyTo(this.lastSent);
		if (TASK_OVER.contains(reply().dialogState())) {
			this.frame.clear();
		}
		return this;
	}

	/** Kafka delivers the last message again. */
	DialogScenario whenDeliveredAgain() {
		this.chat.send(this.lastSent);
		return this;
	}

	/** No new reply to the last message comes within a while. */
	DialogScenario expectNoSecondReply() {
		String id = this.lastSent.id();
		List<Envelope> all = this.chat.awaitUntil((events) -> false, Duration.ofSeconds(2));
		assertThat(all).filteredOn((event) -> id.equals(event.causationid()) && isReply(event)).hasSize(1);
		return this;
	}

	DialogScenario expectReply(String text) {
		assertThat(reply().text()).isEqualTo(text);
		return this;
	}

	DialogScenario expectReplyStartingWith(String text) {
		assertThat(reply().text()).startsWith(text);
		return this;
	}

	DialogScenario expectState(DialogState state) {
		assertThat(reply().dialogState()).isEqualTo(state.name());
		return this;
	}

	DialogScenario expectButtons(String... labels) {
		assertThat(reply().quickReplies()).extracting(QuickReply::label).containsExactly(labels);
		return this;
	}

	@SafeVarargs
	final DialogScenario expectEvents(Class<? extends TransferEvent>... types) {
		assertThat(this.turnEvents.stream()
			.map(Envelope::data)
			.filter(TransferEvent.class::isInstance)
			.map(Object::getClass)
			.toList()).isEqualTo(List.of(types));
		return this;
	}

	DialogScenario expectBalance(String amount) {
		assertThat(balance()).isEqualByComparingTo(amount);
		return this;
	}

	DialogScenario expectDebits(int count) {
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM postings p JOIN accounts a ON a.id = p.account_id
				WHERE a.customer_id = ? AND p.amount < 0""").param(this.customer.value()).query(Long.class).single())
			.isEqualTo(count);
		return this;
	}

	AssistantReplied reply() {
		return this.turnEvents.stream()
			.filter(DialogScenario::isReply)
			.map((event) -> event.dataAs(AssistantReplied.class))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	<T extends AssistantEvent> T event(Class<T> type) {
		return this.turnEvents.stream()
			.map(Envelope::data)
			.filter(type::isInstance)
			.map(type::cast)
			.findFirst()
			.orElseThrow();
	}

	BigDecimal balance() {
		return this.jdbc.sql("SELECT balance FROM accounts WHERE customer_id = ?")
			.param(this.customer.value())
			.query(BigDecimal.class)
			.single();
	}

	CustomerId customer() {
		return this.customer;
	}

	KafkaConversation chat() {
		return this.chat;
	}

	Envelope lastSent() {
		return this.lastSent;
	}

	/**
	 * Every event published so far in answer to this message, once its reply is there.
	 */
	List<Envelope> awaitReplyTo(Envelope sent) {
		List<Envelope> all = this.chat.awaitUntil((events) -> events.stream()
			.anyMatch((event) -> sent.id().equals(event.causationid()) && isReply(event)), TIMEOUT);
		List<Envelope> caused = all.stream().filter((event) -> sent.id().equals(event.causationid())).toList();
		assertThat(caused).as("events answering %s", sent.data()).anyMatch(DialogScenario::isReply);
		return caused;
	}

	private static boolean isReply(Envelope event) {
		return EventTypes.ASSISTANT_REPLIED.equals(event.type());
	}

	@Override
	public void close() {
		this.chat.close();
	}

}
