/** Messages of the single HTML file and of the app that works offline. */
import { frenchSpacing } from './frenchSpacing';

export const en = {
  'offline.localLink':
    'This page was opened from a file, so a link made here works only on this computer. To share with others, send the file itself, or use the calculator’s web address.',
  'offline.updateReady': 'A new version is ready — reload to use it.',
  'offline.reload': 'Reload',
  'offline.later': 'Later',
  'offline.getFile': 'Download the calculator as one file',
  'offline.getFileWhy':
    '(for a USB stick or a learning platform: it opens in any browser, with no network and nothing to install).',
} as const;

export const fr: Record<keyof typeof en, string> = frenchSpacing({
  'offline.localLink':
    'Cette page a été ouverte à partir d’un fichier : un lien créé ici ne fonctionne que sur cet ordinateur. Pour partager, envoyez le fichier lui-même ou utilisez l’adresse Web du calculateur.',
  'offline.updateReady': 'Une nouvelle version est prête — rechargez pour l’utiliser.',
  'offline.reload': 'Recharger',
  'offline.later': 'Plus tard',
  'offline.getFile': 'Télécharger le calculateur en un seul fichier',
  'offline.getFileWhy':
    '(pour une clé USB ou une plateforme d’apprentissage : il s’ouvre dans n’importe quel navigateur, sans réseau et sans rien installer).',
});
