/** Progress of long work shown in the client: on a request's own token, else on one the server creates. */
import { WorkDoneProgressReporter } from 'vscode-languageserver';
import type { ServerContext } from './context';

export interface ProgressHandle {
  /** Starts the progress for `total` items; returns a function that reports `done` of `all`. */
  begin(total: number): (done: number, all: number) => void;
  end(): void;
}

export function progressFor(ctx: ServerContext, title: () => string, reporter?: WorkDoneProgressReporter): ProgressHandle {
  let active: WorkDoneProgressReporter | undefined;
  let finished = false;
  const { t } = ctx.l10n;
  return {
    begin(total) {
      if (reporter && !WorkDoneProgressReporter.isNullInstance(reporter)) {
        active = reporter;
        reporter.begin(title(), 0, t('{0} reports', total));
      } else if (ctx.client.progress) {
        void ctx.connection.window.createWorkDoneProgress().then((p) => {
          if (finished) return p.done();
          active = p;
          p.begin(title(), 0, t('{0} reports', total));
        });
      }
      return (done, all) => active?.report(Math.floor((done / all) * 100), t('{0} of {1}', done, all));
    },
    end() {
      finished = true;
      active?.done();
      active = undefined;
    },
  };
}
