;;; emacs-lsp-mode-probe.el --- Emacs' lsp-mode against the Report Lens server, in batch mode  -*- lexical-binding: t -*-
;;
;; What an Emacs user gets with the lsp-mode setup in docs/other-editors.md (Debian 12: Emacs 28.2 with
;; lsp-mode 8.0.0 as the elpa-lsp-mode package): the hover as lsp-mode renders it, the imenu index
;; (from textDocument/documentSymbol), and the colours: lsp-mode's semantic tokens (full requests) turned
;; into faces by font-lock.  Writes the answers as JSON to $OUT; emacs-check.mjs asserts.
;;
;;   LSP_SERVER=dist/server.js HOVER_TEXT=紧密型县域医共体 OUT=/tmp/lsp-mode.json \
;;   emacs -Q --batch -l test/e2e/emacs-lsp-mode-probe.el report.txt
;;
;; Env: LSP_SERVER (required), LSP_NODE (default "node"), HOVER_TEXT, FIGURE_TEXT, ORG_TEXT, OUT (required),
;;      EMACS_ELPA_DIRS (package folders, colon-separated; default Debian's /usr/share/emacs/site-lisp/elpa).

(require 'package)
;; -Q skips Debian's site start files, which would make the elpa-* packages available: name their folder.
(setq package-directory-list
      (append (split-string (or (getenv "EMACS_ELPA_DIRS") "/usr/share/emacs/site-lisp/elpa") ":" t)
              package-directory-list))
(setq package-user-dir (expand-file-name "elpa" (or (getenv "XDG_DATA_HOME") temporary-file-directory)))
(package-initialize)

(defun probe-fail (fmt &rest args)
  (princ (concat "emacs-lsp-mode-probe: " (apply #'format fmt args) "\n") #'external-debugging-output)
  (kill-emacs 1))

(defun probe-until (thunk)
  "THUNK's first non-nil value, calling it again for at most 10 s (a bounded wait, not a sleep)."
  (let ((deadline (+ (float-time) 10)) value)
    (while (and (null (setq value (funcall thunk))) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    value))

(defun probe-symbols (index)
  "The imenu INDEX as a list of (name . children) plists."
  (mapcar (lambda (entry)
            (if (imenu--subalist-p entry)
                (list :name (car entry) :children (vconcat (probe-symbols (cdr entry))))
              (list :name (car entry))))
          index))

(defun probe-face-at (text)
  "The face font-lock put on the second character of TEXT's first occurrence."
  (when text
    (save-excursion
      (goto-char (point-min))
      (when (search-forward text nil t)
        (let ((face (get-text-property (+ (match-beginning 0) 1) 'face)))
          (format "%s" (or face "")))))))

(condition-case err
    (let* ((server (or (getenv "LSP_SERVER") (error "LSP_SERVER not set")))
           (out (or (getenv "OUT") (error "OUT not set")))
           (node (or (getenv "LSP_NODE") "node"))
           (needle (getenv "HOVER_TEXT"))
           (file (car command-line-args-left)))
      (unless file (error "give the report's path: emacs ... -l probe.el report.txt"))
      (setq command-line-args-left nil)
      ;; Kept out of the user's folders, and quiet: no prompts for a project root, no file watchers.
      (setq lsp-session-file (expand-file-name "lsp-session" (file-name-directory out))
            lsp-auto-guess-root t
            lsp-enable-file-watchers nil
            lsp-enable-suggest-server-download nil
            lsp-keep-workspace-alive nil)
      (require 'lsp-mode)
      ;; The setup docs/other-editors.md gives to users (here with this machine's node and the server under test).
      (setq lsp-semantic-tokens-enable t)
      (add-to-list 'lsp-language-id-configuration '(text-mode . "plaintext"))
      (lsp-register-client
       (make-lsp-client :new-connection (lsp-stdio-connection (list node server "--stdio"))
                        :activation-fn (lsp-activate-on "plaintext")
                        :server-id 'report-lens))
      (find-file file)
      (lsp)
      (unless (probe-until (lambda () (let ((w (car (lsp-workspaces)))) (and w (eq (lsp--workspace-status w) 'initialized)))))
        (error "lsp-mode did not connect within 10 s"))
      (when needle
        (goto-char (point-min))
        (unless (search-forward needle nil t) (error "HOVER_TEXT not in the buffer: %s" needle))
        (goto-char (+ (match-beginning 0) 1)))
      (let* ((tokens (lambda () (let ((r (plist-get lsp--semantic-tokens-cache :response)))
                                  (if r (/ (length (lsp-get r :data)) 5) 0))))
             ;; lsp-mode asks for the tokens itself when the buffer opens: what came back then.
             (first-tokens (progn (probe-until (lambda () lsp--semantic-tokens-cache)) (funcall tokens)))
             (attempts 0)
             ;; Asked again while the answer is null, as a user's next hover would be (bounded).
             (hover (probe-until (lambda ()
                                   (setq attempts (1+ attempts))
                                   (lsp-request "textDocument/hover" (lsp--text-document-position-params)))))
             (shown (and hover (lsp--render-on-hover-content (lsp:hover-contents hover) t)))
             (index (probe-until (lambda () (ignore-errors (funcall imenu-create-index-function))))))
        ;; The tokens again, as lsp-mode asks after an edit, then font-lock turns them into faces.
        (lsp--semantic-tokens-request nil t)
        (probe-until (lambda () (> (funcall tokens) 0)))
        (setq font-lock-keywords nil)
        (font-lock-set-defaults)
        (funcall font-lock-fontify-region-function (point-min) (point-max) nil)
        (let ((result (list :emacs_version emacs-version
                            :lsp_mode_version (or (bound-and-true-p lsp-mode-version) "8.0.0")
                            :hover_attempts attempts
                            :hover_shown (substring-no-properties (or shown ""))
                            :imenu (vconcat (probe-symbols index))
                            :tokens_first first-tokens
                            :tokens (funcall tokens)
                            :face_term (probe-face-at needle)
                            :face_figure (probe-face-at (getenv "FIGURE_TEXT"))
                            :face_org (probe-face-at (getenv "ORG_TEXT")))))
          (with-temp-file out
            (insert (json-encode result) "\n"))))
      (let ((lsp-restart 'ignore)) (lsp-workspace-shutdown (car (lsp-workspaces)))))
  (error (probe-fail "%s" (error-message-string err))))
(kill-emacs 0)
