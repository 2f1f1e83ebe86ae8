/** A keydown handler that runs `action` on Ctrl+Enter or Cmd+Enter: the check shortcut of every form that checks a paste. */
export function onCtrlEnter(action: () => void): (event: KeyboardEvent) => void {
	return (event) => {
		if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
			event.preventDefault();
			action();
		}
	};
}
