;;; e2e.el --- Emacs 28 + eglot as a real LSP client of layerlint-language-server  -*- lexical-binding: t -*-
;; Run by e2e-emacs.test.ts: emacs --batch -Q -l e2e.el. Reads LAYERLINT_SERVER (the bin),
;; LAYERLINT_FILE (a Dockerfile) and LAYERLINT_OUT (where the JSON report goes). Set up as
;; docs/integrations/editors.md tells users: eglot-server-programs, eglot-workspace-configuration
;; and eglot-ensure from the mode hook; then flymake's diagnostics, eldoc's hover and
;; eglot-code-actions, answering its prompt as a user would.

(require 'eglot)
(require 'flymake)
(require 'json)
(require 'cl-lib)

(defvar ll-report nil "The report, an alist written as JSON.")
(defvar ll-out (or (getenv "LAYERLINT_OUT") (error "LAYERLINT_OUT is not set")))
(defvar ll-server (or (getenv "LAYERLINT_SERVER") (error "LAYERLINT_SERVER is not set")))
(defvar ll-file (or (getenv "LAYERLINT_FILE") (error "LAYERLINT_FILE is not set")))

(defun ll-finish (&optional error-message)
  (when error-message (push (cons 'error error-message) ll-report))
  (with-temp-file ll-out (insert (json-encode ll-report)))
  (kill-emacs 0))

(defun ll-wait (what predicate seconds)
  "Process events until PREDICATE holds; give up with WHAT after SECONDS."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (or (funcall predicate) (ll-finish (format "timed out waiting for %s" what)))))

(defun ll-diagnostics ()
  "Flymake's diagnostics in the current buffer, in buffer order, as plain data."
  (let ((diagnostics (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))
    (vconcat
     (mapcar (lambda (d)
               (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
                 `((line . ,(line-number-at-pos beg)) (column . ,(save-excursion (goto-char beg) (current-column)))
                   (endLine . ,(line-number-at-pos end)) (endColumn . ,(save-excursion (goto-char end) (current-column)))
                   (type . ,(symbol-name (flymake-diagnostic-type d)))
                   (text . ,(flymake-diagnostic-text d)))))
             diagnostics))))

(defun ll-has (code)
  (cl-some (lambda (d) (string-match-p (regexp-quote (format "[%s]" code)) (flymake-diagnostic-text d))) (flymake-diagnostics)))

;; Emacs 28 has no Dockerfile mode (users install dockerfile-mode); a minimal one is enough here.
(define-derived-mode dockerfile-mode prog-mode "Dockerfile")

;; The set-up of docs/integrations/editors.md.
(add-to-list 'eglot-server-programs `(dockerfile-mode . ("node" ,ll-server "--stdio")))
(setq-default eglot-workspace-configuration '(:layerlint (:debounceMs 0)))
(add-hook 'dockerfile-mode-hook #'eglot-ensure)

(run-at-time 80 nil (lambda () (ll-finish "timed out after 80 s")))

(condition-case err
    (progn
      (switch-to-buffer (find-file-noselect ll-file))
      (dockerfile-mode)
      ;; eglot-ensure connects from post-command-hook; batch Emacs has no command loop.
      (run-hooks 'post-command-hook)
      (ll-wait "eglot to connect" (lambda () (eglot-current-server)) 20)
      (push (cons 'server (plist-get (eglot--server-info (eglot-current-server)) :name)) ll-report)
      (ll-wait "diagnostics" (lambda () (>= (length (flymake-diagnostics)) 4)) 20)
      (push (cons 'diagnostics (ll-diagnostics)) ll-report)

      ;; Hover on ARG NPM_TOKEN (line 3), through eglot's eldoc function.
      (goto-char (point-min))
      (forward-line 2)
      (forward-char 6)
      (let (hover)
        (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info ""))))
        (ll-wait "the hover" (lambda () hover) 10)
        (push (cons 'hover (substring-no-properties hover)) ll-report))

      ;; M-x eglot-code-actions on the ARG line, picking "Disable … for this instruction".
      (let* ((beg (line-beginning-position)) (end (line-end-position))
             (titles (mapcar (lambda (a) (plist-get a :title)) (eglot-code-actions beg end))))
        (push (cons 'actions (vconcat titles)) ll-report)
        (cl-letf (((symbol-function 'completing-read)
                   (lambda (_prompt _collection &rest _) "Disable no-secret-in-arg for this instruction")))
          ;; Not a mouse event: eglot asks with completing-read, not a popup menu.
          (let ((last-nonmenu-event ?\r))
            (eglot-code-actions beg end nil t))))
      (push (cons 'lines (vconcat (split-string (buffer-substring-no-properties (point-min) (point-max)) "\n"))) ll-report)
      ;; eglot sends didChange from an idle timer, and batch Emacs is never idle: send it now.
      (eglot--signal-textDocument/didChange)
      (ll-wait "the re-lint after the edit" (lambda () (and (not (ll-has "no-secret-in-arg")) (>= (length (flymake-diagnostics)) 3))) 20)
      (push (cons 'after (ll-diagnostics)) ll-report)
      (eglot-shutdown (eglot-current-server))
      (ll-finish))
  (error (ll-finish (format "error: %S" err))))
