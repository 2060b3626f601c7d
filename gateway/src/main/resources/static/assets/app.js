// The chat page: one conversation per tab, replies from the event stream, buttons for quick replies,
// transfer receipts with money in the customer's locale, and the transaction PIN a large transfer asks for
// (sent to the step-up endpoint, never into the chat).
'use strict';
(() => {
  const TEXTS = {
    'pt-BR': {
      title: 'Assistente do banco', language: 'Idioma', signOut: 'Sair', signInTitle: 'Entre para conversar',
      signInHint: 'Você entra no servidor de autorização do banco e volta para cá.', signIn: 'Entrar',
      conversation: 'Conversa', messageLabel: 'Sua mensagem', send: 'Enviar', you: 'Você', assistant: 'Assistente',
      typing: 'O assistente está escrevendo…', quickReplies: 'Respostas rápidas', receipt: 'Comprovante da transferência',
      amount: 'Valor', recipient: 'Para', pixKey: 'Chave Pix', balanceAfter: 'Saldo após', transferId: 'Transferência',
      executedAt: 'Em', expired: 'Sua sessão expirou; entre de novo.', tooMany: 'Muitas mensagens; aguarde um instante.',
      pin: 'PIN de transação', pinConfirm: 'Confirmar com PIN', pinWrong: 'PIN incorreto. Tente de novo.',
      pinNothing: 'Nenhuma transferência aguarda o seu PIN.', yes: 'sim',
    },
    en: {
      title: 'Bank assistant', language: 'Language', signOut: 'Sign out', signInTitle: 'Sign in to chat',
      signInHint: 'You sign in at the bank\'s authorization server and come back here.', signIn: 'Sign in',
      conversation: 'Conversation', messageLabel: 'Your message', send: 'Send', you: 'You', assistant: 'Assistant',
      typing: 'The assistant is typing…', quickReplies: 'Quick replies', receipt: 'Transfer receipt',
      amount: 'Amount', recipient: 'To', pixKey: 'Pix key', balanceAfter: 'Balance after', transferId: 'Transfer',
      executedAt: 'At', expired: 'Your session expired; sign in again.', tooMany: 'Too many messages; wait a moment.',
      pin: 'Transaction PIN', pinConfirm: 'Confirm with PIN', pinWrong: 'Wrong PIN. Try again.',
      pinNothing: 'No transfer is waiting for your PIN.', yes: 'yes',
    },
  };
  const CONVERSATION = 'assistant.conversation';
  const LAST_EVENT = 'assistant.lastEventId';
  const $ = (id) => document.getElementById(id);
  let locale = localStorage.getItem('assistant.locale') || (navigator.language.startsWith('pt') ? 'pt-BR' : 'en');
  let stream = null;
  const pending = new Set();

  function text(key) {
    return TEXTS[locale][key];
  }

  function applyLocale() {
    document.documentElement.lang = locale;
    $('language').value = locale;
    document.querySelectorAll('[data-text]').forEach((element) => { element.textContent = text(element.dataset.text); });
    document.querySelectorAll('[data-label]').forEach((element) => {
      element.setAttribute('aria-label', text(element.dataset.label));
    });
    document.title = text('title');
  }

  function showAlert(message) {
    $('alert').textContent = message || '';
    $('alert').hidden = !message;
  }

  function money(value, replyLocale) {
    if (!value) {
      return '';
    }
    // The amount is a decimal string; Intl formats the string itself, never a binary double of it.
    return new Intl.NumberFormat(replyLocale, { style: 'currency', currency: value.currency }).format(value.amount);
  }

  function idOf(value) {
    return value && typeof value === 'object' ? value.value : value;
  }

  function row(list, label, value) {
    if (!value) {
      return;
    }
    const term = document.createElement('dt');
    term.textContent = label;
    const description = document.createElement('dd');
    description.textContent = value;
    list.append(term, description);
  }

  function receiptOf(transfer, replyLocale) {
    const section = document.createElement('section');
    section.className = 'receipt';
    section.setAttribute('aria-label', text('receipt'));
    const heading = document.createElement('h3');
    heading.textContent = text('receipt');
    const list = document.createElement('dl');
    row(list, text('amount'), money(transfer.amount, replyLocale));
    row(list, text('recipient'), transfer.recipient && transfer.recipient.name);
    row(list, text('pixKey'), transfer.recipient && transfer.recipient.pixKey);
    row(list, text('balanceAfter'), money(transfer.balanceAfter, replyLocale));
    row(list, text('transferId'), idOf(transfer.transferId));
    if (transfer.executedAt) {
      row(list, text('executedAt'), new Date(transfer.executedAt).toLocaleString(replyLocale));
    }
    section.append(heading, list);
    return section;
  }

  function quickRepliesOf(replies) {
    const group = document.createElement('div');
    group.className = 'quick-replies';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', text('quickReplies'));
    replies.forEach((reply) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = reply.label;
      button.dataset.replyText = reply.text;
      button.addEventListener('click', () => {
        group.querySelectorAll('button').forEach((each) => { each.disabled = true; });
        send(reply.text, reply.label);
      });
      group.append(button);
    });
    return group;
  }

  // The PIN goes to the step-up endpoint; once it is right, the customer's yes goes into the chat.
  function pinFormOf() {
    const form = document.createElement('form');
    form.className = 'step-up';
    const label = document.createElement('label');
    label.htmlFor = 'pin';
    label.textContent = text('pin');
    const input = document.createElement('input');
    Object.assign(input, { id: 'pin', type: 'password', inputMode: 'numeric', autocomplete: 'off', required: true,
      maxLength: 12 });
    const button = document.createElement('button');
    button.type = 'submit';
    button.textContent = text('pinConfirm');
    form.append(label, input, button);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const conversation = sessionStorage.getItem(CONVERSATION);
      button.disabled = true;
      try {
        await api('/api/conversations/' + encodeURIComponent(conversation) + '/step-up', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ pin: input.value }),
        });
        form.remove();
        send(text('yes'));
      } catch (error) {
        if (error.message === '403' || error.message === '409') {
          showAlert(text(error.message === '403' ? 'pinWrong' : 'pinNothing'));
        }
        input.value = '';
        button.disabled = false;
        input.focus();
      }
    });
    return form;
  }

  function addMessage(author, body) {
    const item = document.createElement('li');
    item.className = author;
    const who = document.createElement('span');
    who.className = 'visually-hidden';
    who.textContent = text(author === 'customer' ? 'you' : 'assistant') + ': ';
    const paragraph = document.createElement('p');
    paragraph.append(who, document.createTextNode(body));
    item.append(paragraph);
    $('log').append(item);
    item.scrollIntoView({ block: 'end' });
    return item;
  }

  function showReply(reply) {
    pending.delete(reply.messageId);
    $('typing').textContent = pending.size > 0 ? text('typing') : '';
    const replyLocale = reply.locale || locale;
    const item = addMessage('assistant', reply.text);
    item.lang = replyLocale;
    item.dataset.dialogState = reply.dialogState || '';
    if (reply.transfer) {
      item.append(receiptOf(reply.transfer, replyLocale));
    }
    if (reply.quickReplies && reply.quickReplies.length > 0) {
      item.append(quickRepliesOf(reply.quickReplies));
    }
    // Only the newest reply can ask for the PIN.
    document.querySelectorAll('form.step-up').forEach((form) => form.remove());
    if (reply.dialogState === 'STEP_UP') {
      item.append(pinFormOf());
      $('pin').focus();
    }
  }

  async function api(path, options) {
    const response = await fetch(path, {
      ...options,
      headers: { ...(options && options.headers), Authorization: 'Bearer ' + Auth.accessToken(), Accept: 'application/json' },
    });
    if (response.status === 401) {
      signedOut(text('expired'));
      throw new Error('unauthorized');
    }
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      showAlert(response.status === 429 ? text('tooMany') : body.detail || body.title || String(response.status));
      throw new Error(String(response.status));
    }
    showAlert('');
    return body;
  }

  // Sends the text; the log shows what the customer pressed or typed.
  async function send(message, shown) {
    const conversation = sessionStorage.getItem(CONVERSATION);
    addMessage('customer', shown || message);
    try {
      const accepted = await api('/api/conversations/' + encodeURIComponent(conversation) + '/messages?wait=false', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: message, locale }),
      });
      pending.add(accepted.messageId);
      $('typing').textContent = text('typing');
    } catch (error) {
      // The alert already says why.
    }
  }

  function follow(conversation) {
    stream = EventStream.open({
      url: '/api/conversations/' + encodeURIComponent(conversation) + '/events',
      token: Auth.accessToken,
      // A new conversation replays from the start, so no reply can slip in before the stream opens.
      lastEventId: sessionStorage.getItem(LAST_EVENT) || '0',
      onEvent: (event) => {
        if (event.type === 'typing') {
          pending.add(event.data.messageId);
          $('typing').textContent = text('typing');
        } else if (event.type === 'reply') {
          showReply(event.data);
          if (event.id) {
            sessionStorage.setItem(LAST_EVENT, event.id);
          }
        }
      },
      onRefused: (status) => {
        if (status === 404) {
          sessionStorage.removeItem(CONVERSATION);
          sessionStorage.removeItem(LAST_EVENT);
          startChat();
        } else {
          signedOut(text('expired'));
        }
      },
    });
  }

  function composerReady(ready) {
    $('message').disabled = !ready;
    $('send').disabled = !ready;
    $('log').setAttribute('aria-busy', String(!ready));
  }

  async function startChat() {
    $('signed-out').hidden = true;
    $('chat').hidden = false;
    $('sign-out').hidden = false;
    // Nothing can be sent before the conversation exists.
    composerReady(false);
    let conversation = sessionStorage.getItem(CONVERSATION);
    if (!conversation) {
      conversation = (await api('/api/conversations', { method: 'POST' })).conversationId;
      sessionStorage.setItem(CONVERSATION, conversation);
      sessionStorage.removeItem(LAST_EVENT);
      $('log').replaceChildren();
    }
    $('chat').dataset.conversationId = conversation;
    follow(conversation);
    composerReady(true);
    $('message').focus();
  }

  // settings: given by the sign-out button, to end the authorization server's session too.
  function signedOut(message, settings) {
    if (stream) {
      stream.close();
      stream = null;
    }
    Auth.signOut(settings);
    $('chat').hidden = true;
    $('sign-out').hidden = true;
    $('signed-out').hidden = false;
    showAlert(message);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    applyLocale();
    $('language').addEventListener('change', () => {
      locale = $('language').value;
      localStorage.setItem('assistant.locale', locale);
      applyLocale();
    });
    $('sign-in').addEventListener('click', async () => Auth.signIn(await Auth.config()));
    $('sign-out').addEventListener('click', async () => signedOut('', await Auth.config()));
    $('composer').addEventListener('submit', (event) => {
      event.preventDefault();
      const message = $('message').value.trim();
      if (message) {
        $('message').value = '';
        send(message);
      }
    });
    if (Auth.accessToken()) {
      startChat().catch(() => {});
    } else {
      signedOut('');
    }
  });
})();
