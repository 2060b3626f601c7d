package com.bank.assistant.localstack.bench;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A report as one JSON object, the figures of {@link BenchText} by name. */
public final class BenchJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BenchJson() {
	}

	/** The report as pretty-printed JSON. */
	public static String of(BenchReport report) {
		ObjectNode root = JSON.createObjectNode();
		root.put("startedAt", report.startedAt().toString());
		root.put("label", report.settings().label());
		settings(root.putObject("settings"), report.settings());
		ObjectNode machine = root.putObject("machine");
		machine.put("java", report.machine().java());
		machine.put("os", report.machine().os());
		machine.put("cores", report.machine().cores());
		machine.put("loadAverage", round(report.machine().loadAverage()));
		ObjectNode warmup = root.putObject("warmup");
		warmup.put("turns", report.load().warmupTurns());
		warmup.put("errors", report.load().warmupErrors());
		BenchReport.Latencies m = report.measured();
		root.put("turns", m.turns());
		root.put("errors", m.errors());
		ObjectNode kinds = root.putObject("errorKinds");
		m.errorKinds().forEach(kinds::put);
		root.put("conversationsCompleted", report.load().conversationsCompleted());
		root.put("seconds", round(m.seconds()));
		root.put("turnsPerSecond", round(m.turnsPerSecond()));
		latencies(root.putObject("latencyMs"), m);
		ObjectNode steps = root.putObject("steps");
		report.load().steps().forEach((step, s) -> latencies(steps.putObject(step).put("turns", s.turns()), s));
		kafka(root.putObject("kafkaHop"), report);
		model(root.putObject("model"), report);
		ObjectNode cpu = root.putObject("cpuMillisPerTurn");
		report.cpuMillisPerTurn().forEach((component, ms) -> cpu.put(component, round(ms)));
		root.put("coresBusy", round(report.coresBusy()));
		money(root.putObject("money"), report.load().money());
		report.targets()
			.forEach((target) -> root.withArray("targets")
				.addObject()
				.put("figure", target.figure())
				.put("target", target.target())
				.put("measured", target.measured())
				.put("met", target.met()));
		report.notes().forEach(root.withArray("notes")::add);
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private static void settings(ObjectNode node, BenchSettings settings) {
		node.put("script", settings.script());
		node.put("conversations", settings.conversations());
		node.put("turnsPerConversation", settings.turnsPerConversation());
		node.put("maxTurns", settings.maxTurns());
		node.put("warmupSeconds", settings.warmup().toSeconds());
		node.put("durationSeconds", settings.duration().toSeconds());
		settings.customers().forEach(node.withArray("customers")::add);
		node.put("gateway", settings.gateway().toString());
	}

	private static void kafka(ObjectNode node, BenchReport report) {
		node.put("hopsPerTurn", BenchReport.HOPS_PER_TURN);
		if (report.hopIdle() != null) {
			latencies(node.putObject("idleMs").put("records", report.hopIdle().turns()), report.hopIdle());
			node.put("turnOverFloorP50", round(report.floorMultipleP50()));
			node.put("turnOverFloorP99", round(report.floorMultipleP99()));
		}
		if (report.hopLoaded() != null) {
			latencies(node.putObject("duringRunMs").put("records", report.hopLoaded().turns()), report.hopLoaded());
		}
	}

	private static void model(ObjectNode node, BenchReport report) {
		node.put("source", "policy-service GET /steps, before and after the run (warmup included)");
		if (report.modelCostPerTurn() != null) {
			node.put("steps", report.model().steps());
			node.put("costBrl", report.model().cost().toPlainString());
			node.put("turns", report.load().repliedTurns());
			node.put("costPerTurnBrl", report.modelCostPerTurn().toPlainString());
			node.put("stepsPerTurn", round(report.modelStepsPerTurn()));
			ObjectNode gate = node.putObject("gate");
			gate.put("blocked", report.model().blocked());
			gate.put("escalated", report.model().escalated());
			ObjectNode decided = gate.putObject("decisions");
			report.model().decisions().forEach(decided::put);
		}
	}

	private static void money(ObjectNode node, MoneyCheck money) {
		node.put("ok", money.ok());
		node.put("transfers", money.transfers());
		for (MoneyCheck.CustomerMoney customer : money.customers()) {
			node.withArray("customers")
				.addObject()
				.put("customer", customer.customer())
				.put("transfers", customer.transfers())
				.put("moved", customer.moved().toPlainString())
				.put("distinctBalancesAfter", customer.distinctBalances())
				.put("highestBalanceAfter", String.valueOf(customer.highestBalanceAfter()))
				.put("lowestBalanceAfter", String.valueOf(customer.lowestBalanceAfter()))
				.put("ok", customer.ok());
		}
	}

	private static void latencies(ObjectNode node, BenchReport.Latencies latencies) {
		node.put("p50", round(latencies.p50()));
		node.put("p90", round(latencies.p90()));
		node.put("p95", round(latencies.p95()));
		node.put("p99", round(latencies.p99()));
		node.put("max", round(latencies.max()));
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
