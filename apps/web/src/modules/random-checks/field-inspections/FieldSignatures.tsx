import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import type { InspectionSignature, InspectionTaskDetail } from '@qingshan/domain';
import { App, Button, Card, Flex, Image, Input, Modal, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';
import { downloadFile } from '../../../api/client';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { recordDocumentPath, signatureUrl, useAddSignature } from './field-inspections.api';
import { base64OfDataUrl } from './field-inspections.form';

type Signer =
  | { signer: 'officer'; officerId: string; name: string }
  | { signer: 'person_present'; name: string };

/** The canvas a person signs on with a finger (pointer events via signature_pad), as PNG. */
function SignatureModal({
  signer,
  onClose,
  taskId,
}: {
  signer: Signer;
  onClose: () => void;
  taskId: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const add = useAddSignature(taskId);
  // A callback ref, not useRef + an effect on mount: the modal puts its body into a portal after
  // this component's first effects have run, so the canvas did not exist yet and no pad was ever
  // attached — strokes drew nothing and submitting said the pad was empty.
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const pad = useRef<SignaturePad | null>(null);
  const [isRefusing, setIsRefusing] = useState(false);
  const [refusalNote, setRefusalNote] = useState('');
  const [witness, setWitness] = useState('');

  useEffect(() => {
    if (!canvas) return;
    const signaturePad = new SignaturePad(canvas, { backgroundColor: 'rgb(255,255,255)' });
    pad.current = signaturePad;
    // Sharp on a 2× or 3× phone screen: the bitmap follows the device pixels. The canvas has no
    // size while the modal is still hidden, and a phone turned sideways resizes it: size the bitmap
    // whenever the laid-out size changes, keeping the strokes drawn so far.
    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const width = Math.round(canvas.offsetWidth * ratio);
      const height = Math.round(canvas.offsetHeight * ratio);
      if (width === 0 || height === 0 || (canvas.width === width && canvas.height === height)) return;
      canvas.width = width;
      canvas.height = height;
      canvas.getContext('2d')?.scale(ratio, ratio);
      signaturePad.redraw();
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      signaturePad.off();
      if (pad.current === signaturePad) pad.current = null;
    };
  }, [canvas]);

  const submit = async () => {
    try {
      if (isRefusing) {
        await add.mutateAsync({ signer: 'person_present', isRefused: true, refusalNote, witness });
      } else {
        if (!pad.current || pad.current.isEmpty()) {
          void message.warning(t('randomChecks.fieldInspections.signatures.empty'));
          return;
        }
        const imageBase64 = base64OfDataUrl(pad.current.toDataURL('image/png'));
        await add.mutateAsync(
          signer.signer === 'officer'
            ? { signer: 'officer', officerId: signer.officerId, imageBase64 }
            : { signer: 'person_present', imageBase64 },
        );
      }
      void message.success(t('randomChecks.fieldInspections.signatures.saved'));
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('randomChecks.fieldInspections.signatures.signAs', { name: signer.name })}
      onCancel={onClose}
      // The phone is handed to the person signing: a touch beside the pad must not throw the
      // signature away (cancel and × still close it).
      mask={{ closable: false }}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.actions.cancel')}</Button>
          <Button type="primary" loading={add.isPending} onClick={submit} data-testid="signature-submit">
            {t('randomChecks.fieldInspections.signatures.submit')}
          </Button>
        </Flex>
      }
      width={380}
    >
      {isRefusing ? (
        <Flex vertical gap={8}>
          <Input.TextArea
            value={refusalNote}
            onChange={(event) => setRefusalNote(event.target.value)}
            placeholder={t('randomChecks.fieldInspections.signatures.refusalNote')}
            maxLength={300}
            data-testid="signature-refusal-note"
          />
          <Input
            value={witness}
            onChange={(event) => setWitness(event.target.value)}
            placeholder={t('randomChecks.fieldInspections.signatures.witness')}
            maxLength={60}
          />
        </Flex>
      ) : (
        <Flex vertical gap={8}>
          <canvas
            ref={setCanvas}
            data-testid="signature-canvas"
            style={{ width: '100%', height: 160, border: '1px dashed #999', touchAction: 'none' }}
          />
          <Button size="small" onClick={() => pad.current?.clear()}>
            {t('randomChecks.fieldInspections.signatures.clear')}
          </Button>
        </Flex>
      )}
      {signer.signer === 'person_present' ? (
        <Button type="link" style={{ padding: 0, marginTop: 8 }} onClick={() => setIsRefusing(!isRefusing)}>
          {isRefusing
            ? t('randomChecks.fieldInspections.signatures.backToSign')
            : t('randomChecks.fieldInspections.signatures.refuse')}
        </Button>
      ) : null}
    </Modal>
  );
}

function SignatureView({
  signature,
  taskId,
}: {
  signature: InspectionSignature | undefined;
  taskId: string;
}) {
  const { t } = useTranslation();
  if (!signature) return <Tag>{t('randomChecks.fieldInspections.signatures.unsigned')}</Tag>;
  if (signature.isRefused) {
    return (
      <Typography.Text type="warning" data-testid="signature-refused">
        {t('randomChecks.fieldInspections.signatures.refused', {
          note: signature.refusalNote,
          witness: signature.witness ?? '—',
        })}
      </Typography.Text>
    );
  }
  return (
    <Image
      src={signatureUrl(taskId, signature.id)}
      height={48}
      alt={signature.signerName ?? ''}
      title={signature.sha256 ?? ''}
      data-testid="signature-image"
    />
  );
}

/** 签名: each officer and the person present sign on the phone, after the record is synced. */
export function SignaturesSection({
  data,
  taskId,
  isDirty,
}: {
  data: InspectionTaskDetail;
  taskId: string;
  isDirty: boolean;
}) {
  const { t } = useTranslation();
  const [signer, setSigner] = useState<Signer | null>(null);
  if (!data.record) return null;
  const canSign = data.viewer.canEdit && !isDirty;
  const rows: { key: string; who: Signer; signature: InspectionSignature | undefined }[] = data.officers.map(
    (officer) => ({
      key: officer.officerId,
      who: { signer: 'officer', officerId: officer.officerId, name: officer.name },
      signature: data.signatures.find((signature) => signature.officerId === officer.officerId),
    }),
  );
  if (!data.record.isEntityClosed) {
    rows.push({
      key: 'person_present',
      who: {
        signer: 'person_present',
        name: data.record.personPresent ?? t('randomChecks.fieldInspections.signatures.personPresent'),
      },
      signature: data.signatures.find((signature) => signature.signer === 'person_present'),
    });
  }
  return (
    <Card
      size="small"
      title={t('randomChecks.fieldInspections.signatures.title')}
      data-testid="field-signatures"
    >
      <Flex vertical gap={10}>
        {isDirty && data.viewer.canEdit ? (
          <Typography.Text type="warning">
            {t('randomChecks.fieldInspections.signatures.syncFirst')}
          </Typography.Text>
        ) : null}
        {rows.map((row) => (
          <Flex key={row.key} justify="space-between" align="center" gap={8} wrap data-testid="signature-row">
            <Space direction="vertical" size={2}>
              <Typography.Text strong>{row.who.name}</Typography.Text>
              <SignatureView signature={row.signature} taskId={taskId} />
            </Space>
            {canSign ? (
              <Button size="large" onClick={() => setSigner(row.who)} data-testid="signature-open">
                {row.signature
                  ? t('randomChecks.fieldInspections.signatures.again')
                  : t('randomChecks.fieldInspections.signatures.sign')}
              </Button>
            ) : null}
          </Flex>
        ))}
      </Flex>
      {signer ? <SignatureModal signer={signer} taskId={taskId} onClose={() => setSigner(null)} /> : null}
    </Card>
  );
}

/** The signed record as a Word document, and the browser's print of this page. */
export function DocumentActions({ data }: { data: InspectionTaskDetail }) {
  const { t } = useTranslation();
  const handleError = useApiErrorHandler();
  const record = data.record;
  if (!record) return null;
  return (
    <Flex gap={8} wrap data-print-hide>
      <Button
        size="large"
        icon={<DownloadOutlined />}
        data-testid="record-document"
        onClick={() => downloadFile(recordDocumentPath(record.id)).catch((error) => handleError(error))}
      >
        {t('randomChecks.fieldInspections.document.download')}
      </Button>
      <Button size="large" icon={<PrinterOutlined />} onClick={() => window.print()}>
        {t('randomChecks.fieldInspections.document.print')}
      </Button>
    </Flex>
  );
}
