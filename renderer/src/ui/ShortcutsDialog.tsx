import { useEffect, useState } from 'react';
import { useT } from './use-t';
import { Dialog } from './Dialog';
import { isTyping } from './keyboard';

/** Every keyboard shortcut of the app, by the screen where it works. */
const GROUPS = [
  { id: 'everywhere', keys: [['?', 'help']] },
  {
    id: 'vendors',
    keys: [
      ['Ctrl+N', 'newVendor'],
      ['/', 'search'],
      ['↑ ↓ Home End', 'rows'],
    ],
  },
  {
    id: 'portfolio',
    keys: [
      ['/', 'search'],
      ['↑ ↓ Home End', 'rows'],
    ],
  },
  {
    id: 'assessment',
    keys: [
      ['1–9', 'choose'],
      ['1–9', 'toggle'],
      ['1 2 3', 'held'],
      ['0', 'na'],
      ['J  Alt+→', 'next'],
      ['K  Alt+←', 'previous'],
      ['U', 'nextUnanswered'],
    ],
  },
] as const;

/** `?` opens a list of all shortcuts, wherever focus is not in a text field. */
export function ShortcutsDialog() {
  const t = useT();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (!open) return null;
  const close = () => setOpen(false);
  return (
    <Dialog
      title={t('shortcuts.title')}
      onClose={close}
      footer={
        <button type="button" className="button button-primary" onClick={close}>
          {t('common.close')}
        </button>
      }
    >
      <div className="shortcut-groups" data-shortcuts>
        {GROUPS.map((group) => (
          <section key={group.id}>
            <h3>{t(`shortcuts.groups.${group.id}`)}</h3>
            <dl className="shortcut-list">
              {group.keys.map(([keys, what]) => (
                <div key={what}>
                  <dt>
                    <kbd>{keys}</kbd>
                  </dt>
                  <dd>{t(`shortcuts.keys.${what}`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
