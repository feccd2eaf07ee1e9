import { useId } from 'react';

interface Props {
  /** What the file input accepts: extensions and media types. */
  accept: string;
  label: string;
  onFile: (file: File) => void;
  className?: string;
  describedBy?: string;
}

/** A button that opens the file picker; choosing the same file again reads it again. */
export function FileChooser({ accept, label, onFile, className = 'button', describedBy }: Props) {
  const id = useId();
  return (
    <>
      <input
        id={id}
        type="file"
        accept={accept}
        className="visually-hidden"
        aria-describedby={describedBy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again reads it again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <label htmlFor={id} className={className}>
        {label}
      </label>
    </>
  );
}
