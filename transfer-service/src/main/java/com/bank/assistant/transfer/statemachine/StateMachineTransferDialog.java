package com.bank.assistant.transfer.statemachine;

import com.bank.assistant.transfer.dialog.ConversationState;
import com.bank.assistant.transfer.dialog.DialogEvent;
import com.bank.assistant.transfer.dialog.DialogState;
import com.bank.assistant.transfer.dialog.DialogSteps;
import com.bank.assistant.transfer.dialog.TransferDialog;
import com.bank.assistant.transfer.dialog.Turn;
import com.bank.assistant.transfer.dialog.TurnContext;
import com.bank.assistant.transfer.dialog.TurnResult;
import reactor.core.publisher.Mono;

import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;

/**
 * The dialog on Spring Statemachine: for each message a machine is restored to the
 * conversation's state, receives the message's event (after a {@code TIMEOUT} if the
 * pending confirmation expired, and before the ledger's outcome if money moved), and its
 * final state is read back. Between messages only the readable {@link ConversationState}
 * is kept, so any instance can continue any conversation.
 */
public final class StateMachineTransferDialog implements TransferDialog {

	private final TransferStateMachine definition;

	private final DialogSteps steps;

	/** A dialog whose machine uses these steps. */
	public StateMachineTransferDialog(DialogSteps steps) {
		this.steps = steps;
		this.definition = new TransferStateMachine(steps);
	}

	@Override
	public TurnResult respond(ConversationState state, Turn turn) {
		TurnContext context = new TurnContext(state, turn);
		StateMachine<DialogState, DialogEvent> machine = restore(state.state(), context);
		if (state.confirmationExpired(turn.time(), this.steps.rules().confirmationTtl())) {
			send(machine, DialogEvent.TIMEOUT, context);
		}
		send(machine, this.steps.eventOf(turn), context);
		DialogEvent outcome = context.takeFollowUp();
		if (outcome != null) {
			send(machine, outcome, context);
		}
		DialogState reached = machine.getState().getId();
		machine.stopReactively().block();
		return context.result(reached);
	}

	private StateMachine<DialogState, DialogEvent> restore(DialogState state, TurnContext context) {
		StateMachine<DialogState, DialogEvent> machine = this.definition.build();
		DefaultExtendedState extended = new DefaultExtendedState();
		extended.getVariables().put(TransferStateMachine.TURN, context);
		machine.getStateMachineAccessor()
			.doWithAllRegions((region) -> region
				.resetStateMachineReactively(new DefaultStateMachineContext<>(state, null, null, extended))
				.block());
		machine.startReactively().block();
		return machine;
	}

	private static void send(StateMachine<DialogState, DialogEvent> machine, DialogEvent event, TurnContext context) {
		StateMachineEventResult<DialogState, DialogEvent> result = machine
			.sendEvent(Mono.just(MessageBuilder.withPayload(event).build()))
			.blockLast();
		context.rethrowFailure();
		if (result == null || result.getResultType() != StateMachineEventResult.ResultType.ACCEPTED) {
			throw new IllegalStateException(
					"The dialog has no transition on " + event + " from " + machine.getState().getId());
		}
	}

}
