import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A dialog with a title and a labelled close button. Built from Modal's parts because the plain
 * Modal renders its title bar as <header>, which inside a dialog counts as a second page banner.
 */
export function AppModal({
  title,
  onClose,
  children,
  size = 'md',
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  size?: string;
}) {
  return (
    <Modal.Root opened onClose={onClose} size={size} centered>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title fw={650} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
