;;; emacs-eglot-probe.el --- Emacs' eglot against the Report Lens server, in batch mode  -*- lexical-binding: t -*-
;;
;; What an Emacs user gets with the setup in docs/other-editors.md: eglot (Debian 12 ships Emacs 28.2
;; with eglot 1.9 as the elpa-eglot package; Emacs 29 has eglot built in) starts the server over stdio
;; for a .txt buffer, and the probe asks through eglot's own connection for a hover on a term and for
;; the buffer's imenu index, which eglot builds from textDocument/documentSymbol.  Writes the answers
;; as JSON to $OUT; emacs-check.mjs asserts.
;;
;;   LSP_SERVER=dist/server.js HOVER_TEXT=紧密型县域医共体 OUT=/tmp/emacs.json \
;;   emacs -Q --batch -l test/e2e/emacs-eglot-probe.el report.txt
;;
;; Env: LSP_SERVER (required), LSP_NODE (default "node"), HOVER_TEXT, OUT (required),
;;      EMACS_ELPA_DIRS (package folders, colon-separated; default Debian's /usr/share/emacs/site-lisp/elpa).

(require 'package)
;; -Q skips Debian's site start files, which would make the elpa-* packages available: name their folder.
(setq package-directory-list
      (append (split-string (or (getenv "EMACS_ELPA_DIRS") "/usr/share/emacs/site-lisp/elpa") ":" t)
              package-directory-list))
(setq package-user-dir (expand-file-name "elpa" (or (getenv "XDG_DATA_HOME") temporary-file-directory)))
(package-initialize)
(require 'eglot)
(require 'imenu)
(require 'json)

(defun probe-fail (fmt &rest args)
  (princ (concat "emacs-eglot-probe: " (apply #'format fmt args) "\n") #'external-debugging-output)
  (kill-emacs 1))

(defun probe-until (thunk)
  "THUNK's first non-nil value, calling it again for at most 10 s (a bounded wait, not a sleep)."
  (let ((deadline (+ (float-time) 10)) value)
    (while (and (null (setq value (funcall thunk))) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    value))

(defun probe-symbols (index)
  "The imenu INDEX as a list of (name . children) plists; markers become line numbers."
  (mapcar (lambda (entry)
            (if (imenu--subalist-p entry)
                (list :name (car entry) :children (vconcat (probe-symbols (cdr entry))))
              (list :name (car entry)
                    :line (let ((pos (cdr entry)))
                            (when (or (markerp pos) (integerp pos))
                              (1- (line-number-at-pos (if (markerp pos) (marker-position pos) pos))))))))
          index))

(condition-case err
    (let* ((server (or (getenv "LSP_SERVER") (error "LSP_SERVER not set")))
           (out (or (getenv "OUT") (error "OUT not set")))
           (node (or (getenv "LSP_NODE") "node"))
           (needle (getenv "HOVER_TEXT"))
           (file (car command-line-args-left)))
      (unless file (error "give the report's path: emacs ... -l probe.el report.txt"))
      (setq command-line-args-left nil)
      ;; The setup docs/other-editors.md gives to users (here with this machine's node and the server under test).
      (add-to-list 'eglot-server-programs `(text-mode . (,node ,server "--stdio")))
      (find-file file)
      (unless (derived-mode-p 'text-mode) (error "%s did not open in text-mode (%s)" file major-mode))
      (apply #'eglot (eglot--guess-contact))
      (let ((deadline (+ (float-time) 20)))
        (while (and (not (eglot-current-server)) (< (float-time) deadline))
          (accept-process-output nil 0.05)))
      (let ((srv (or (eglot-current-server) (error "eglot did not connect within 20 s"))))
        (unless eglot--managed-mode (error "eglot does not manage the buffer"))
        (when needle
          (goto-char (point-min))
          (unless (search-forward needle nil t) (error "HOVER_TEXT not in the buffer: %s" needle))
          (goto-char (+ (match-beginning 0) 1)))
        ;; Asked again while the answer is null, as eldoc and imenu are when point rests (bounded):
        ;; the check reports at which attempt the hover came.
        (let* ((attempts 0)
               (hover (probe-until (lambda ()
                                     (setq attempts (1+ attempts))
                                     (jsonrpc-request srv :textDocument/hover (eglot--TextDocumentPositionParams)))))
               (index (probe-until (lambda () (ignore-errors (funcall imenu-create-index-function)))))
               (contents (plist-get hover :contents))
               ;; What eldoc shows: eglot's rendering of the hover's markup.
               (shown (and contents (eglot--hover-info contents (plist-get hover :range))))
               (caps (eglot--capabilities srv))
               (result (list :server_version (plist-get (eglot--server-info srv) :name)
                             :eglot_version (if (boundp 'eglot-version) eglot-version "1.9")
                             :emacs_version emacs-version
                             :hover_shown (or shown "")
                             :hover_attempts attempts
                             :has_semantic_tokens_provider (if (plist-get caps :semanticTokensProvider) t :json-false)
                             :imenu (vconcat (probe-symbols index)))))
          (with-temp-file out
            (insert (json-encode result) "\n"))
          ;; eglot's log of the messages it exchanged, for a failure's report.
          (with-current-buffer (jsonrpc-events-buffer srv)
            (write-region (point-min) (point-max) (concat out ".events") nil 'silent))
          (eglot-shutdown srv))))
  (error (probe-fail "%s" (error-message-string err))))
(kill-emacs 0)
