// The conversation's server-sent events, read with fetch (EventSource cannot send a bearer token).
// After a dropped connection it reconnects with Last-Event-ID, so the gateway sends every reply
// after the last one seen, none twice.
'use strict';
const EventStream = (() => {
  function parse(block) {
    const event = { type: 'message', id: null, data: [] };
    block.split('\n').forEach((line) => {
      if (line === '' || line.startsWith(':')) {
        return;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') {
        event.type = value;
      } else if (field === 'id') {
        event.id = value;
      } else if (field === 'data') {
        event.data.push(value);
      }
    });
    return event;
  }

  function wait(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  // options: url, token() → bearer token, lastEventId, onEvent({type, id, data}), onRefused(status)
  function open(options) {
    const abort = new AbortController();
    let lastEventId = options.lastEventId;

    async function readOnce() {
      const headers = { Authorization: 'Bearer ' + options.token(), Accept: 'text/event-stream' };
      if (lastEventId) {
        headers['Last-Event-ID'] = lastEventId;
      }
      const response = await fetch(options.url, { headers, signal: abort.signal, cache: 'no-store' });
      if (!response.ok) {
        return response.status;
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          return 0;
        }
        buffer += value.replace(/\r\n?/g, '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = parse(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (event.id) {
            lastEventId = event.id;
          }
          if (event.data.length > 0) {
            options.onEvent({ type: event.type, id: event.id, data: JSON.parse(event.data.join('\n')) });
          }
        }
      }
    }

    (async () => {
      let delay = 500;
      while (!abort.signal.aborted) {
        let status = 0;
        try {
          status = await readOnce();
          delay = 500;
        } catch (error) {
          if (abort.signal.aborted) {
            return;
          }
        }
        if (status === 401 || status === 403 || status === 404) {
          options.onRefused(status);
          return;
        }
        await wait(delay);
        delay = Math.min(delay * 2, 10000);
      }
    })();

    return {
      close: () => abort.abort(),
      lastEventId: () => lastEventId,
    };
  }

  return { open };
})();
